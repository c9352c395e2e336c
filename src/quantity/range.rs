//! Ranges: two numbers joined by a separator (20-25家, 1至2家, 20万-30万元,
//! 百分之五到百分之十) and two neighbouring Chinese digits (两三个, 三四十家).

use super::numeral::{self, big_unit, cn_digit, Numeral};
use super::suffix::{self, skip_spaces, Unit};
use super::tables::RANGE_SEPARATORS;
use super::traps::{self, Found};
use super::{Kind, Quantity, Trap};
use crate::model::Op;

/// Where the second number of a range starts, when a separator follows `pos`.
fn second_start(text: &str, pos: usize) -> Option<usize> {
    let sep_at = skip_spaces(text, pos);
    let sep = RANGE_SEPARATORS
        .iter()
        .find(|s| text[sep_at..].starts_with(**s))?;
    Some(skip_spaces(text, sep_at + sep.len()))
}

fn push_range(
    text: &str,
    (start, end): (usize, usize),
    (lo, hi): (f64, f64),
    unit: &Unit,
    trap: Option<Trap>,
    out: &mut Vec<Quantity>,
) -> usize {
    out.push(Quantity {
        text: text[start..end].to_string(),
        start,
        end,
        min: Some(lo),
        max: Some(hi),
        unit: unit.text.clone(),
        kind: if unit.text.is_empty() {
            Kind::Count
        } else {
            unit.kind
        },
        more: unit.more,
        op: Op::Range,
        op_explicit: true,
        trap,
        ..Quantity::default()
    });
    end
}

/// A bare range of months or days (1-6月, 1至15日) is a stretch of the calendar.
fn calendar_span(text: &str, end: usize, hi: f64) -> Option<Trap> {
    let next = text[skip_spaces(text, end)..].chars().next()?;
    let limit = match next {
        '月' => 12.0,
        '日' => 31.0,
        _ => return None,
    };
    (hi <= limit && hi.fract() == 0.0).then_some(Trap::Date)
}

/// Two numbers joined by a separator: 20-25家, 1至2家, 一到二个月, 6%-6.5%, 20万-30万元.
#[allow(clippy::too_many_arguments)]
pub fn joined(
    text: &str,
    start: usize,
    num_start: usize,
    num: &Numeral,
    sign: f64,
    unit: &Unit,
    spans: &[(usize, usize, Trap)],
    out: &mut Vec<Quantity>,
) -> Option<usize> {
    if unit.more || unit.cents != 0.0 {
        return None;
    }
    let second = numeral::parse(text, second_start(text, unit.end.max(num.end))?)?;
    let unit2 = suffix::read(text, second.end, &second);
    // 3家至5家, 6%-6.5%, and 20万-30万元, where the second end repeats the scale
    // and names the measure for both.
    let first_is_scale = unit.scaled && unit.text.chars().all(|c| big_unit(c).is_some());
    let same_unit =
        unit2.text == unit.text || (first_is_scale && unit2.text.starts_with(&unit.text));
    if !(unit.text.is_empty() || same_unit) {
        return None;
    }
    let (lo, hi) = (sign * num.value, second.value + unit2.cents);
    let years = (traps::is_year_number(num), traps::is_year_number(&second));
    if lo > hi || years.0 != years.1 {
        return None;
    }
    let end = unit2.end.max(second.end);
    // 2013-2020年 spans years; 1000至2000人 counts people.
    let trap = if years.0 && (unit2.text.is_empty() || unit2.text.starts_with('年')) {
        Some(Trap::Year)
    } else {
        let found = Found {
            text,
            start,
            num_start,
            num,
            unit: &unit2.text,
        };
        // 1-6月 at the start of a line is months, not a heading 1 and a 6.
        let months = unit2.text.is_empty().then(|| calendar_span(text, end, hi));
        months.flatten().or_else(|| traps::classify(&found, spans))
    };
    Some(push_range(text, (start, end), (lo, hi), &unit2, trap, out))
}

/// 百分之五到百分之十, 百分之五至十: both ends take the percent word of the first.
pub fn percent(
    text: &str,
    start: usize,
    num: &Numeral,
    sign: f64,
    (prefix, unit): (&str, &str),
    out: &mut Vec<Quantity>,
) -> Option<usize> {
    let mut at = second_start(text, num.end)?;
    if text[at..].starts_with(prefix) {
        at += prefix.len();
    }
    let second = numeral::parse(text, at)?;
    let lo = sign * num.value;
    let after = suffix::read(text, second.end, &second);
    if lo > second.value || traps::is_year_number(&second) || !after.text.is_empty() {
        return None;
    }
    let unit = Unit {
        text: unit.to_string(),
        kind: Kind::Percent,
        ..Unit::default()
    };
    Some(push_range(
        text,
        (start, second.end),
        (lo, second.value),
        &unit,
        None,
        out,
    ))
}

/// 十七八岁, 二十七八个: a numeral whose units digit is followed by the next digit.
pub fn tail_pair(
    text: &str,
    start: usize,
    num_start: usize,
    num: &Numeral,
    spans: &[(usize, usize, Trap)],
    out: &mut Vec<Quantity>,
) -> Option<usize> {
    let mut back = text[num_start..num.end].chars().rev();
    let (last, before) = (back.next()?, back.next()?);
    let next = text[num.end..].chars().next()?;
    let ((d, fin), (d2, fin2)) = (cn_digit(last)?, cn_digit(next)?);
    if before != '十' || fin || fin2 || d == 0 || d2 != d + 1 {
        return None;
    }
    let end = num.end + next.len_utf8();
    if text[end..]
        .chars()
        .next()
        .is_some_and(|c| numeral::starts_numeral(c) || matches!(c, '点' | '點'))
    {
        return None;
    }
    let unit = suffix::read(text, end, num);
    let found = Found {
        text,
        start,
        num_start,
        num,
        unit: &unit.text,
    };
    // 十四五 is a plan's name, not fourteen or fifteen.
    if traps::classify(&found, spans).is_some() {
        return None;
    }
    let range = (num.value, num.value + 1.0);
    Some(push_range(
        text,
        (start, unit.end.max(end)),
        range,
        &unit,
        None,
        out,
    ))
}

/// 两三个, 三四十家, 五六百人, 三四万元: neighbouring digits naming a rough range.
pub fn digit_pair(
    text: &str,
    pos: usize,
    spans: &[(usize, usize, Trap)],
    out: &mut Vec<Quantity>,
) -> Option<usize> {
    let (lo, hi, num_end) = numeral::digit_pair(text, pos)?;
    let num = Numeral {
        end: num_end,
        value: lo,
        ..Numeral::default()
    };
    let unit = suffix::read(text, num_end, &num);
    // 三四 alone is a digit string or a name; 三四十 and 三四家 are rough counts.
    if unit.text.is_empty() && lo < 10.0 {
        return None;
    }
    let found = Found {
        text,
        start: pos,
        num_start: pos,
        num: &num,
        unit: &unit.text,
    };
    let trap = traps::classify(&found, spans);
    let end = unit.end.max(num_end);
    Some(push_range(text, (pos, end), (lo, hi), &unit, trap, out))
}
