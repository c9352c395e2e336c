//! The numeral grammar: Arabic digits (half- and full-width, thousands separators,
//! decimals) and Chinese numerals (一千五百, 两, 〇/零, 廿, 萬/億, the financial 壹贰…佰仟,
//! digit strings such as 一九零三, the colloquial 三万五 = 35000) and mixes of both
//! (100万三千, 1百01). Signs, units and percent words are the caller's business.

use super::tables::KILO_UNITS;

/// A number read at some position of a text.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Numeral {
    /// Byte offset just past the numeral. A trailing scale (8亿, 十万) is left out so
    /// that it can stand in the unit; `value` then excludes it.
    pub end: usize,
    pub value: f64,
    /// Written with Arabic digits only.
    pub arabic: bool,
    /// Digits of an integer written without units: 4 for 2015 and for 二〇一五, 0 otherwise.
    pub int_digits: u8,
    pub has_point: bool,
    /// Uses the financial capitals (壹贰叁…拾佰仟), as on cheques.
    pub financial: bool,
    /// A single Chinese digit (一, 两): a number only by context.
    pub lone_digit: bool,
}

/// The value of a Chinese digit, and whether it is a financial capital.
pub fn cn_digit(c: char) -> Option<(u8, bool)> {
    Some(match c {
        '零' | '〇' => (0, false),
        '一' | '幺' => (1, false),
        '二' | '两' | '兩' => (2, false),
        '三' => (3, false),
        '四' => (4, false),
        '五' => (5, false),
        '六' => (6, false),
        '七' => (7, false),
        '八' => (8, false),
        '九' => (9, false),
        '壹' => (1, true),
        '贰' | '貳' | '貮' => (2, true),
        '叁' | '參' | '叄' => (3, true),
        '肆' => (4, true),
        '伍' => (5, true),
        '陆' | '陸' => (6, true),
        '柒' => (7, true),
        '捌' => (8, true),
        '玖' => (9, true),
        _ => return None,
    })
}

/// Units below 万: 十 百 千 and their capitals; 廿 and 卅 are twenty and thirty on their own.
fn small_unit(c: char) -> Option<(f64, bool)> {
    Some(match c {
        '十' => (10.0, false),
        '百' => (100.0, false),
        '千' => (1000.0, false),
        '拾' => (10.0, true),
        '佰' => (100.0, true),
        '仟' => (1000.0, true),
        _ => return None,
    })
}

fn tens_word(c: char) -> Option<f64> {
    match c {
        '廿' => Some(20.0),
        '卅' => Some(30.0),
        _ => None,
    }
}

pub fn big_unit(c: char) -> Option<f64> {
    match c {
        '万' | '萬' => Some(1e4),
        '亿' | '億' => Some(1e8),
        _ => None,
    }
}

pub fn arabic_digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => Some((c as u32 - '０' as u32) as u8),
        _ => None,
    }
}

/// True when `c` can begin a numeral that [`parse`] reads.
pub fn starts_numeral(c: char) -> bool {
    arabic_digit(c).is_some()
        || cn_digit(c).is_some()
        || small_unit(c).is_some()
        || tens_word(c).is_some()
}

fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

fn is_point(c: char) -> bool {
    matches!(c, '.' | '．')
}

/// An Arabic number at `pos`: (value, end, integer digits, has a decimal point).
pub fn lex_arabic(text: &str, pos: usize) -> Option<(f64, usize, u8, bool)> {
    let mut p = pos;
    let mut int = 0f64;
    let mut digits = 0u8;
    while let Some(c) = char_at(text, p) {
        if let Some(d) = arabic_digit(c) {
            int = int * 10.0 + f64::from(d);
            digits = digits.saturating_add(1);
            p += c.len_utf8();
        } else if c == ',' && digits > 0 && thousands_group(text, p + 1) {
            p += 1;
        } else {
            break;
        }
    }
    if digits == 0 {
        return None;
    }
    let mut value = int;
    let mut has_point = false;
    if let Some(c) = char_at(text, p) {
        if is_point(c) {
            if let Some((frac, e)) = fraction_digits(text, p + c.len_utf8(), true) {
                value += frac;
                p = e;
                has_point = true;
            }
        }
    }
    Some((value, p, digits, has_point))
}

/// Exactly three Arabic digits at `pos` and no fourth: a thousands group after a comma.
fn thousands_group(text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    b.len() >= pos + 3
        && b[pos..pos + 3].iter().all(u8::is_ascii_digit)
        && !b.get(pos + 3).is_some_and(u8::is_ascii_digit)
}

/// Digits after a decimal point, Arabic or (unless `arabic_only`) Chinese: (fraction, end).
fn fraction_digits(text: &str, pos: usize, arabic_only: bool) -> Option<(f64, usize)> {
    let mut p = pos;
    let mut num = 0f64;
    let mut scale = 1f64;
    let mut arabic = None;
    while let Some(c) = char_at(text, p) {
        let d = match (arabic_digit(c), cn_digit(c)) {
            (Some(d), _) if arabic != Some(false) => {
                arabic = Some(true);
                d
            }
            (None, Some((d, _))) if !arabic_only && arabic != Some(true) => {
                arabic = Some(false);
                d
            }
            _ => break,
        };
        // Digits past what an f64 holds change nothing; adding them would
        // overflow both to infinity, and inf / inf is NaN.
        if scale < 1e17 {
            num = num * 10.0 + f64::from(d);
            scale *= 10.0;
        }
        p += c.len_utf8();
    }
    (p > pos).then(|| (num / scale, p))
}

/// Where a trailing run of 万/亿 began, so that it can stand in the unit (8亿, 十万亿).
#[derive(Debug, Clone, Copy)]
struct BigRun {
    start: usize,
    value: f64,
    /// False after a higher group: 一亿五千万 is one number, not 一亿五千 × 万.
    splittable: bool,
    arabic: bool,
    units_seen: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Prev {
    Start,
    Arabic,
    Digit,
    Zero,
    Small,
    Big,
    Point,
}

/// The running sums of a Chinese numeral: completed 亿 groups, the 万 group, the part
/// below 万, and the pending digit.
#[derive(Debug, Default)]
struct Sums {
    yi: f64,
    wan: f64,
    sec: f64,
    cur: Option<f64>,
    last_unit: f64,
    /// A digit came straight after a unit of 百 or more: 两千六 = 2600, 三万五 = 35000.
    elide: bool,
}

impl Sums {
    fn pending(&self) -> f64 {
        let cur = self.cur.unwrap_or(0.0);
        if self.elide && self.last_unit >= 100.0 {
            cur * self.last_unit / 10.0
        } else {
            cur
        }
    }

    fn total(&self) -> f64 {
        self.yi + self.wan + self.sec + self.pending()
    }
}

/// Two neighbouring Chinese digits read as "two or three" (两三个, 三四十, 五六百, 一两天),
/// with one small unit after them: (low, high, end). Anything but a unit, scale or
/// measure word after them (一二三, 一二点三) makes them a digit string instead.
pub fn digit_pair(text: &str, pos: usize) -> Option<(f64, f64, usize)> {
    let mut chars = text[pos..].chars();
    let (a, b) = (chars.next()?, chars.next()?);
    let ((lo, fin_a), (hi, fin_b)) = (cn_digit(a)?, cn_digit(b)?);
    if fin_a || fin_b || lo == 0 || hi != lo + 1 || a == '幺' {
        return None;
    }
    let mut end = pos + a.len_utf8() + b.len_utf8();
    let mut mult = 1.0;
    if let Some(c) = char_at(text, end) {
        if let Some((u, false)) = small_unit(c) {
            mult = u;
            end += c.len_utf8();
        }
    }
    let next = char_at(text, end);
    if next.is_some_and(|c| starts_numeral(c) || matches!(c, '点' | '點') || is_point(c)) {
        return None;
    }
    Some((f64::from(lo) * mult, f64::from(hi) * mult, end))
}

/// Read the numeral starting at byte `start` of `text`, if there is one.
pub fn parse(text: &str, start: usize) -> Option<Numeral> {
    let mut s = Sums::default();
    let mut prev = Prev::Start;
    let mut p = start;
    let mut tokens = 0u32;
    let mut units_seen = false;
    let mut run = 0u8; // length of a run of digits written without units (一九零三)
    let mut run_value = 0f64;
    let mut out = Numeral {
        arabic: true,
        ..Numeral::default()
    };
    // Where a trailing run of 万/亿 began, the value before it, and whether it may stand in the unit.
    let mut big_run: Option<BigRun> = None;

    while let Some(c) = char_at(text, p) {
        let len = c.len_utf8();
        if arabic_digit(c).is_some() {
            if !matches!(prev, Prev::Start | Prev::Small | Prev::Big | Prev::Zero)
                || s.cur.is_some()
            {
                break;
            }
            let (v, e, digits, point) = lex_arabic(text, p)?;
            if prev == Prev::Start {
                out.int_digits = if point { 0 } else { digits };
            }
            out.has_point |= point;
            s.cur = Some(v);
            s.elide = false;
            prev = Prev::Arabic;
            p = e;
        } else if let Some((d, fin)) = cn_digit(c) {
            match prev {
                Prev::Start => {
                    run = 1;
                    run_value = f64::from(d);
                    s.cur = Some(run_value);
                    prev = Prev::Digit;
                }
                Prev::Digit if !units_seen && !out.has_point => {
                    run = run.saturating_add(1);
                    run_value = run_value * 10.0 + f64::from(d);
                    s.cur = Some(run_value);
                }
                Prev::Small | Prev::Big | Prev::Zero if d == 0 => {
                    s.elide = false;
                    prev = Prev::Zero;
                }
                Prev::Small | Prev::Big | Prev::Zero => {
                    s.elide = prev != Prev::Zero;
                    s.cur = Some(f64::from(d));
                    prev = Prev::Digit;
                }
                _ => break,
            }
            out.financial |= fin;
            out.arabic = false;
            p += len;
        } else if let Some((u, fin)) = small_unit(c) {
            if (prev == Prev::Digit && run >= 2) || prev == Prev::Point {
                break;
            }
            // 8千米, 100万千瓦: after Arabic digits or a scale, 千 before a metric unit is kilo.
            let kilo = c == '千' && char_at(text, p + len).is_some_and(|n| KILO_UNITS.contains(&n));
            if kilo && matches!(prev, Prev::Arabic | Prev::Big) {
                break;
            }
            s.sec += s.cur.take().unwrap_or(1.0) * u;
            s.last_unit = u;
            s.elide = false;
            units_seen = true;
            out.financial |= fin;
            out.arabic = false;
            prev = Prev::Small;
            p += len;
        } else if let Some(t) = tens_word(c) {
            if s.cur.is_some() || prev == Prev::Point {
                break;
            }
            s.sec += t;
            s.last_unit = 10.0;
            s.elide = false;
            units_seen = true;
            out.arabic = false;
            prev = Prev::Small;
            p += len;
        } else if let Some(u) = big_unit(c) {
            if prev == Prev::Start || (prev == Prev::Digit && run >= 2) {
                break;
            }
            if prev != Prev::Big {
                big_run = Some(BigRun {
                    start: p,
                    value: s.total(),
                    splittable: u == 1e8 || (s.yi == 0.0 && s.wan == 0.0),
                    arabic: out.arabic,
                    units_seen,
                });
            }
            let part = s.sec + s.pending();
            if u == 1e4 {
                s.wan += part * 1e4;
            } else {
                s.yi = (s.yi + s.wan + part) * 1e8;
                s.wan = 0.0;
            }
            s.sec = 0.0;
            s.cur = None;
            s.last_unit = u;
            s.elide = false;
            units_seen = true;
            out.arabic = false;
            prev = Prev::Big;
            p += len;
            tokens += 1;
            continue;
        } else if matches!(c, '点' | '點') || is_point(c) {
            if matches!(prev, Prev::Start | Prev::Point | Prev::Zero) || out.has_point {
                break;
            }
            // 9点30分 is a time of day: Arabic digits take a Chinese 点 only as o'clock.
            if !is_point(c)
                && prev == Prev::Arabic
                && char_at(text, p + len).and_then(arabic_digit).is_some()
            {
                break;
            }
            let Some((frac, e)) = fraction_digits(text, p + len, is_point(c)) else {
                break;
            };
            let base = s.sec + s.pending();
            s.cur = Some(base + frac);
            s.sec = 0.0;
            s.elide = false;
            out.has_point = true;
            if !is_point(c) {
                out.arabic = false;
            }
            prev = Prev::Point;
            p = e;
        } else {
            break;
        }
        tokens += 1;
        big_run = None;
    }
    if tokens == 0 {
        return None;
    }
    out.end = p;
    out.value = s.total();
    if let Some(run) = big_run.filter(|r| r.splittable) {
        out.end = run.start;
        out.value = run.value;
        out.arabic = run.arabic;
        units_seen = run.units_seen;
    }
    if units_seen || out.has_point {
        out.int_digits = if out.arabic && !out.has_point {
            out.int_digits
        } else {
            0
        };
    } else if !out.arabic {
        out.int_digits = run;
    }
    out.lone_digit = !out.arabic && run == 1 && !units_seen && !out.has_point;
    Some(out)
}

#[cfg(test)]
#[path = "numeral_tests.rs"]
mod tests;
