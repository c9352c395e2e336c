//! What follows a number: a scale standing in the unit (亿), 多/余, a unit or measure
//! word from the table, a bracketed note (页(次)), and cheque money (元…角…分, 元整).

use super::numeral::{arabic_digit, cn_digit, Numeral};
use super::tables::{
    FEN, JIAO, JIAO_SPOKEN, MONEY_CLOSERS, MORE_AFTER_UNIT, MORE_WORDS, NOT_UNITS, SPACES, UNITS,
    UNIT_SCALES, YUAN, YUAN_SPOKEN,
};
use super::wordindex::WordIndex;
use super::Kind;
use std::sync::LazyLock;

/// The unit read after a number.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Unit {
    /// Byte offset just past the unit (the number's end when there is none).
    pub end: usize,
    /// As written, scale included, 多/余 left out: 家, 亿元, 万美元, %.
    pub text: String,
    pub kind: Kind,
    pub more: bool,
    /// Added to the value: 角 and 分 after 元 (壹拾壹元壹角 → 11.1).
    pub cents: f64,
    /// The whole amount in 元 when the number read was only its 角 or 分 digit (肆角叁分).
    pub amount: Option<f64>,
    /// A scale (万, 亿) is the first part of `text`.
    pub scaled: bool,
}

static UNIT_INDEX: LazyLock<WordIndex<Kind>> = LazyLock::new(|| WordIndex::new(UNITS, false));
static NOT_UNIT_INDEX: LazyLock<WordIndex<()>> = LazyLock::new(|| {
    let words: Vec<(&'static str, ())> = NOT_UNITS.iter().map(|w| (*w, ())).collect();
    WordIndex::new(&words, false)
});

pub fn skip_spaces(text: &str, mut pos: usize) -> usize {
    while let Some(c) = text[pos..].chars().next() {
        if !SPACES.contains(&c) {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

fn prefix_of<'a>(text: &str, pos: usize, words: &[&'a str]) -> Option<&'a str> {
    words.iter().copied().find(|w| text[pos..].starts_with(w))
}

/// A unit from the table at `pos`, unless the text there is a word that only looks like one.
pub fn table_unit(text: &str, pos: usize) -> Option<(&'static str, Kind)> {
    let rest = &text[pos..];
    if NOT_UNIT_INDEX.prefix_of(rest).is_some() {
        return None;
    }
    UNIT_INDEX.prefix_of(rest)
}

/// Read the unit after a number ending at `pos`.
pub fn read(text: &str, pos: usize, num: &Numeral) -> Unit {
    let mut unit = Unit {
        end: pos,
        ..Unit::default()
    };
    let mut p = skip_spaces(text, pos);
    let mut written = String::new();
    let mut scale = prefix_of(text, p, UNIT_SCALES);
    if let Some(s) = scale {
        written.push_str(s);
        p += s.len();
        unit.end = p;
        unit.scaled = true;
    }
    // 十几, 二十来, 20来: after a unit or a round Arabic number.
    let after_unit = text[..pos].chars().next_back().is_some_and(|c| {
        matches!(
            c,
            '十' | '百' | '千' | '万' | '亿' | '萬' | '億' | '0' | '０'
        )
    });
    // 来 also begins 来自, 来访, 来宾: it means "about" only before a unit (十来个).
    let more = prefix_of(text, p, MORE_WORDS).or_else(|| {
        let w = prefix_of(text, p, MORE_AFTER_UNIT).filter(|_| after_unit)?;
        let next = p + w.len();
        let unit_next =
            prefix_of(text, next, UNIT_SCALES).is_some() || table_unit(text, next).is_some();
        (w.starts_with('几') || w.starts_with('幾') || unit_next).then_some(w)
    });
    if let Some(m) = more {
        if !text[p + m.len()..].starts_with('元') || scale.is_some() {
            unit.more = true;
            p += m.len();
            unit.end = p;
        }
    }
    if scale.is_none() {
        scale = prefix_of(text, p, UNIT_SCALES);
        if let Some(s) = scale {
            written.push_str(s);
            p += s.len();
            unit.end = p;
            unit.scaled = true;
        }
    }
    if let Some((u, kind)) = table_unit(text, p) {
        written.push_str(u);
        p += u.len();
        unit.kind = kind;
        unit.end = p;
        if scale.is_none() && YUAN.contains(&u) {
            unit.end = cheque_cents(text, p, &mut unit.cents);
        } else if scale.is_none() && YUAN_SPOKEN.contains(&u) {
            // 三块五毛: 块 is 元 only when 毛 or 角 follow; 三块 alone counts pieces.
            unit.end = cheque_cents(text, p, &mut unit.cents);
            if unit.cents > 0.0 {
                unit.kind = Kind::Money;
            }
        } else {
            unit.end = bracket_note(text, p, &mut written);
        }
    } else if scale.is_none() && num.financial {
        if let Some((end, amount)) = cheque_without_yuan(text, p, num.value) {
            written.push('元');
            unit.kind = Kind::Money;
            unit.end = end;
            unit.amount = Some(amount);
        }
    }
    unit.text = written;
    unit
}

/// 角 and 分 after 元 (壹角壹分, 零壹分), or 整/正 closing a cheque amount.
fn cheque_cents(text: &str, pos: usize, cents: &mut f64) -> usize {
    let mut p = pos;
    if let Some(c) = text[p..].chars().next() {
        if MONEY_CLOSERS.contains(&c) {
            return p + c.len_utf8();
        }
    }
    for (marks, weight) in [(JIAO_SPOKEN, 0.1), (&[FEN][..], 0.01)] {
        let mut q = p;
        let mut chars = text[q..].chars();
        let mut c = chars.next();
        if c == Some('零') {
            q += '零'.len_utf8();
            c = chars.next();
        }
        // 角 and 分 take one digit, Chinese or Arabic (5元3角).
        let digit = |c: char| cn_digit(c).map(|(d, _)| d).or_else(|| arabic_digit(c));
        let Some(d) = c.and_then(digit) else {
            continue;
        };
        let after = q + c.map_or(0, char::len_utf8);
        let Some(mark) = text[after..].chars().next().filter(|m| marks.contains(m)) else {
            continue;
        };
        if !text[after + mark.len_utf8()..].starts_with('之') {
            *cents += f64::from(d) * weight;
            p = after + mark.len_utf8();
        }
    }
    p
}

/// 肆角叁分, 壹分: the number read is the 角 or 分 digit itself; (end, amount in 元).
fn cheque_without_yuan(text: &str, pos: usize, digit: f64) -> Option<(usize, f64)> {
    let rest = &text[pos..];
    if rest.starts_with(JIAO) {
        let mut fen = 0.0;
        let end = cheque_cents(text, pos + JIAO.len_utf8(), &mut fen);
        Some((end, digit * 0.1 + fen))
    } else if rest.starts_with(FEN) && !rest[FEN.len_utf8()..].starts_with('之') {
        Some((pos + FEN.len_utf8(), digit * 0.01))
    } else {
        None
    }
}

/// A short bracketed note after a unit (篇(条), 页(次)) belongs to it.
fn bracket_note(text: &str, pos: usize, written: &mut String) -> usize {
    let rest = &text[pos..];
    let Some(open) = rest.chars().next().filter(|c| matches!(c, '(' | '（')) else {
        return pos;
    };
    let inner_start = open.len_utf8();
    for (i, c) in rest[inner_start..].char_indices().take(4) {
        if matches!(c, ')' | '）') {
            let end = inner_start + i + c.len_utf8();
            written.push_str(&rest[..end]);
            return pos + end;
        }
    }
    pos
}
