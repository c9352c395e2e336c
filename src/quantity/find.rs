//! The scan: one pass over the text, reading at each possible number start the
//! signs and percent words before it, the numeral, its unit, a range partner and
//! the comparison words around it.

use super::numeral::{self, big_unit, cn_digit, Numeral};
use super::range;
use super::suffix::{self, Unit};
use super::tables::{
    FRACTION_INFIX, MINUS_SIGNS, MORE_WORDS, NEGATIVE_PREFIXES, PERCENT_PREFIXES, UNIT_SCALES,
};
use super::traps::{self, Found};
use super::{ops, Kind, Quantity, Trap};
use std::sync::LazyLock;

/// Every quantity in `text`, in order of position, with byte offsets into `text`.
pub fn find(text: &str) -> Vec<Quantity> {
    let spans = traps::word_spans(text);
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        let b = bytes[pos];
        if b < 0x80 && !b.is_ascii_digit() && b != b'-' {
            pos += 1;
            continue;
        }
        let Some(c) = text[pos..].chars().next() else {
            break;
        };
        if may_start_fast(c) {
            if let Some(end) = scan_at(text, pos, &spans, &mut out) {
                pos = end;
                continue;
            }
        }
        pos += c.len_utf8();
    }
    // A run of hundreds of digits is noise, not a figure; its value, scaled by 万亿 or
    // multiplied in a comparison, would overflow to infinity.
    out.retain(|q| {
        [q.value, q.min, q.max]
            .iter()
            .flatten()
            .all(|v| v.is_finite() && v.abs() < MAX_FIGURE)
    });
    for q in &mut out {
        for v in [&mut q.value, &mut q.min, &mut q.max].into_iter().flatten() {
            *v = super::units::tidy(*v);
        }
    }
    out
}

/// The largest magnitude read as a figure (a quintillion: far beyond any budget).
const MAX_FIGURE: f64 = 1e18;

/// [`may_start`] of every character below U+10000, as bits: the scan asks it of
/// every character of the text, and a lookup is several times cheaper than the matches.
static MAY_START: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    for c in (0..0x10000u32)
        .filter_map(char::from_u32)
        .filter(|&c| may_start(c))
    {
        bits[c as usize / 64] |= 1 << (c as u32 % 64);
    }
    bits
});

fn may_start_fast(c: char) -> bool {
    match MAY_START.get(c as usize / 64) {
        Some(word) => word >> (c as u32 % 64) & 1 == 1,
        None => may_start(c),
    }
}

fn may_start(c: char) -> bool {
    numeral::starts_numeral(c)
        || big_unit(c).is_some()
        || MINUS_SIGNS.contains(&c)
        || matches!(c, '负' | '負' | '半')
}

fn char_at(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

/// Read the quantity starting at `pos`, push it, and return where scanning resumes.
fn scan_at(
    text: &str,
    pos: usize,
    spans: &[(usize, usize, Trap)],
    out: &mut Vec<Quantity>,
) -> Option<usize> {
    if let Some(end) = dashed_date(text, pos, out) {
        return Some(end);
    }
    let mut p = pos;
    let mut percent = percent_prefix(text, &mut p);
    let mut sign = 1.0;
    if let Some(w) = NEGATIVE_PREFIXES
        .iter()
        .find(|w| text[p..].starts_with(**w))
    {
        if char_at(text, p + w.len()).is_some_and(numeral::starts_numeral) {
            p += w.len();
            sign = -1.0;
        }
    } else if let Some(c) = char_at(text, p).filter(|c| MINUS_SIGNS.contains(c)) {
        if !minus_allowed(text, p) {
            return None;
        }
        p += c.len_utf8();
        sign = -1.0;
    }
    // 负百分之三: the sign may come before the percent word as well as after it.
    if percent.is_none() && sign < 0.0 {
        percent = percent_prefix(text, &mut p);
    }
    if percent.is_none() && sign > 0.0 {
        if let Some(end) = range::digit_pair(text, p, spans, out) {
            return Some(end);
        }
    }
    let num_start = p;
    let Some(num) = numeral::parse(text, p) else {
        return bare_scale(text, pos, spans, out);
    };
    let q = Quantity {
        start: pos,
        ..Quantity::default()
    };
    if let Some((prefix, unit)) = percent {
        if let Some(end) = range::percent(text, pos, &num, sign, (prefix, unit), out) {
            return Some(end);
        }
        let unit = Unit {
            end: num.end,
            text: unit.to_string(),
            kind: Kind::Percent,
            ..Unit::default()
        };
        return Some(push(
            text,
            q,
            num_start,
            &num,
            sign * num.value,
            &unit,
            spans,
            out,
        ));
    }
    if let Some(end) = fraction(text, pos, num_start, &num, sign, spans, out) {
        return Some(end);
    }
    if sign > 0.0 {
        if let Some(end) = range::tail_pair(text, pos, num_start, &num, spans, out) {
            return Some(end);
        }
    }
    let unit = suffix::read(text, num.end, &num);
    if unit.text.is_empty()
        && starts_with_hundreds(text, num_start)
        && num.end - num_start <= 3
        && approx_lead(text, pos, &num).is_none()
    {
        return None;
    }
    if let Some(end) = range::joined(text, pos, num_start, &num, sign, &unit, spans, out) {
        return Some(end);
    }
    let value = unit.amount.unwrap_or(num.value + unit.cents) * sign;
    Some(push(text, q, num_start, &num, value, &unit, spans, out))
}

/// 百分之 or 千分之 at `*p`, stepped over: (the word, the unit it gives).
fn percent_prefix(text: &str, p: &mut usize) -> Option<(&'static str, &'static str)> {
    let &(w, unit) = PERCENT_PREFIXES
        .iter()
        .find(|(w, _)| text[*p..].starts_with(w))?;
    *p += w.len();
    Some((w, unit))
}

/// 数十, 几百, 上千: a word before a lone 十 百 千 万 or 亿 making it a round, rough
/// figure ("some tens"); the length of that word.
fn approx_lead(text: &str, num_start: usize, num: &Numeral) -> Option<usize> {
    let mut numeral = text[num_start..num.end].chars();
    let first = numeral.next()?;
    if numeral.next().is_some() {
        return None;
    }
    let prev = text[..num_start].chars().next_back()?;
    let fits = match prev {
        '数' | '數' | '几' | '幾' => matches!(first, '十' | '百' | '千' | '万' | '亿'),
        '上' => matches!(first, '百' | '千' | '万' | '亿'),
        _ => false,
    };
    fits.then(|| prev.len_utf8())
}

/// 百 and 千 on their own are only numbers before a unit (千兆, 百人), never in 百姓 or 千方百计.
fn starts_with_hundreds(text: &str, pos: usize) -> bool {
    char_at(text, pos).is_some_and(|c| matches!(c, '百' | '千' | '佰' | '仟'))
}

/// A minus sign is a sign only where it does not join two numbers or a code (2014-01, A-3).
fn minus_allowed(text: &str, pos: usize) -> bool {
    let next_ok = text[pos..]
        .chars()
        .nth(1)
        .is_some_and(numeral::starts_numeral);
    let prev_ok = text[..pos].chars().next_back().is_none_or(|c| {
        !(c.is_ascii_alphanumeric()
            || cn_digit(c).is_some()
            || numeral::starts_numeral(c)
            || big_unit(c).is_some()
            || matches!(c, ')' | '）' | '%' | '％' | '-' | '_' | '/' | '.'))
    });
    next_ok && prev_ok
}

#[allow(clippy::too_many_arguments)]
fn push(
    text: &str,
    mut q: Quantity,
    num_start: usize,
    num: &Numeral,
    value: f64,
    unit: &Unit,
    spans: &[(usize, usize, Trap)],
    out: &mut Vec<Quantity>,
) -> usize {
    // The lead word must not already end the quantity before (十几十).
    let lead = (q.start == num_start)
        .then(|| approx_lead(text, num_start, num))
        .flatten()
        .filter(|len| out.last().is_none_or(|l| l.end <= q.start - len));
    if let Some(len) = lead {
        q.start -= len;
    }
    q.end = unit.end.max(num.end);
    q.text = text[q.start..q.end].to_string();
    q.value = Some(value);
    q.unit = unit.text.clone();
    q.kind = if unit.text.is_empty() || unit.text.chars().all(|c| big_unit(c).is_some()) {
        Kind::Count
    } else {
        unit.kind
    };
    q.more = unit.more || lead.is_some();
    (q.op, q.op_explicit) = ops::detect(text, q.start, q.end);
    let found = Found {
        text,
        start: q.start,
        num_start,
        num,
        unit: &unit.text,
    };
    q.trap = traps::classify(&found, spans);
    let end = q.end;
    out.push(q);
    end
}

/// 二分之一 and 1/2.
#[allow(clippy::too_many_arguments)]
fn fraction(
    text: &str,
    pos: usize,
    num_start: usize,
    num: &Numeral,
    sign: f64,
    spans: &[(usize, usize, Trap)],
    out: &mut Vec<Quantity>,
) -> Option<usize> {
    let rest = &text[num.end..];
    // 二分之一 names the denominator first; 1/2 the numerator.
    let (second_at, chinese) = if rest.starts_with(FRACTION_INFIX) {
        (num.end + FRACTION_INFIX.len(), true)
    } else if num.arabic && num.int_digits > 0 && rest.starts_with(['/', '／']) {
        (
            num.end + rest.chars().next().map_or(1, char::len_utf8),
            false,
        )
    } else {
        return None;
    };
    let second = numeral::parse(text, second_at)?;
    if text[second.end..].starts_with(['/', '／']) || num.arabic != second.arabic {
        return None;
    }
    let (top, bottom) = if chinese {
        (second.value, num.value)
    } else {
        (num.value, second.value)
    };
    // Numerals too long for an f64 read as infinity, and inf / inf is NaN.
    if bottom == 0.0 || !(top / bottom).is_finite() {
        return None;
    }
    let whole = Numeral {
        end: second.end,
        ..*num
    };
    let unit = Unit {
        end: second.end,
        ..Unit::default()
    };
    let q = Quantity {
        start: pos,
        ..Quantity::default()
    };
    Some(push(
        text,
        q,
        num_start,
        &whole,
        sign * top / bottom,
        &unit,
        spans,
        out,
    ))
}

/// A bare scale before a unit (万兆 = 10000 兆, 近万人次, 万亿元) or 半 before one (半斤 = 0.5 斤).
fn bare_scale(
    text: &str,
    pos: usize,
    spans: &[(usize, usize, Trap)],
    out: &mut Vec<Quantity>,
) -> Option<usize> {
    let rest = &text[pos..];
    let (len, value) = if rest.starts_with('半') {
        let prev = text[..pos].chars().next_back();
        if prev.is_some_and(|p| matches!(p, '上' | '下' | '前' | '后' | '多' | '大' | '过' | '一'))
        {
            return None;
        }
        ('半'.len_utf8(), 0.5)
    } else {
        // "近万人次", "达到万兆": a scale alone is a figure only after a word; at the
        // start of a line or a cell ("单位：亿元", "\t万个") it names a unit.
        let prev = text[..pos].chars().next_back()?;
        if !crate::vocab::chinese::is_han(prev) {
            return None;
        }
        let scale = UNIT_SCALES.iter().find(|s| rest.starts_with(**s))?;
        (scale.len(), scale.chars().filter_map(big_unit).product())
    };
    let after = pos + len;
    // 万余人: a scale alone may take 余 or 多 before its unit.
    let unit_at = MORE_WORDS
        .iter()
        .find(|w| text[after..].starts_with(**w))
        .map_or(after, |w| after + w.len());
    suffix::table_unit(text, unit_at)?;
    let num = Numeral {
        end: after,
        value,
        ..Numeral::default()
    };
    let unit = suffix::read(text, after, &num);
    let q = Quantity {
        start: pos,
        ..Quantity::default()
    };
    Some(push(text, q, pos, &num, value, &unit, spans, out))
}

/// 2017-09: a year and a month joined by a dash or slash, the month in two digits.
fn year_month(text: &str, pos: usize, m: usize, out: &mut Vec<Quantity>) -> Option<usize> {
    let b = text.as_bytes();
    if m != 2 || !matches!(b[pos + 4], b'-' | b'/') {
        return None;
    }
    let parts = [(pos, pos + 4), (pos + 5, pos + 7)];
    let values = parts.map(|(s, e)| text[s..e].parse::<f64>().unwrap_or(0.0));
    if !((1900.0..=2100.0).contains(&values[0]) && (1.0..=12.0).contains(&values[1])) {
        return None;
    }
    push_date_parts(text, &parts, out);
    Some(pos + 7)
}

fn push_date_parts(text: &str, parts: &[(usize, usize)], out: &mut Vec<Quantity>) {
    for &(s, e) in parts {
        out.push(Quantity {
            text: text[s..e].to_string(),
            start: s,
            end: e,
            value: text[s..e].parse::<f64>().ok(),
            trap: Some(Trap::Date),
            ..Quantity::default()
        });
    }
}

/// Dates written with digits and separators: 2017.02.13, 2014-01-27, 2014/1/27.
/// Each part is reported as its own number, marked as a date.
fn dashed_date(text: &str, pos: usize, out: &mut Vec<Quantity>) -> Option<usize> {
    let b = text.as_bytes();
    let digits_at = |p: usize, max: usize| -> usize {
        b[p..]
            .iter()
            .take(max + 1)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    if digits_at(pos, 4) != 4 {
        return None;
    }
    let sep = *b.get(pos + 4)?;
    if !matches!(sep, b'.' | b'-' | b'/') {
        return None;
    }
    let m = digits_at(pos + 5, 2);
    if !(1..=2).contains(&m) {
        return None;
    }
    if b.get(pos + 5 + m) != Some(&sep) {
        return year_month(text, pos, m, out);
    }
    let d_at = pos + 6 + m;
    let d = digits_at(d_at, 2);
    if !(1..=2).contains(&d) {
        return None;
    }
    let parts = [(pos, pos + 4), (pos + 5, pos + 5 + m), (d_at, d_at + d)];
    let value = |(s, e): (usize, usize)| text[s..e].parse::<f64>().unwrap_or(0.0);
    let (y, mo, da) = (value(parts[0]), value(parts[1]), value(parts[2]));
    if !((1900.0..=2100.0).contains(&y) && (1.0..=12.0).contains(&mo) && (1.0..=31.0).contains(&da))
    {
        return None;
    }
    push_date_parts(text, &parts, out);
    Some(d_at + d)
}

#[cfg(test)]
mod lookup_tests {
    use super::*;

    #[test]
    fn the_lookup_table_agrees_with_may_start_everywhere() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            assert_eq!(may_start_fast(c), may_start(c), "{c:?}");
        }
        assert!(may_start_fast('三') && may_start_fast('７') && may_start_fast('亿'));
        assert!(!may_start_fast('家'));
    }
}
