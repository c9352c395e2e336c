//! One target against one actual: how alike their metrics are, and whether unit,
//! scope or aspect rule the pair out.

use super::metric::Features;
use super::scope::{aspect_name, aspects_compatible, Aspect, Scope};
use super::similarity::{heads_agree, longest_common_substring, rival_qualifiers, text_similarity};
use crate::extract::Item;
use crate::quantity::units::normalize;
use crate::vocab::money::names_only_payer;
use crate::vocab::time::BASELINES;

/// How far apart two metrics are, and what (if anything) forbids the pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// Metric similarity in 0..=1, heads and qualifiers weighed in.
    pub score: f64,
    /// Why the pair cannot be a measurement, whatever the score.
    pub problem: Option<String>,
    /// Why the pair fits, for display.
    pub reason: String,
}

/// Weigh target `t` against actual `a`.
pub fn assess(t: &Item, tf: &Features, a: &Item, af: &Features) -> Assessment {
    let mut score = text_similarity(&tf.core, &af.core);
    if !heads_agree(&tf.head, &af.head) {
        score *= 0.5;
    }
    if let Some((x, y)) = rival_qualifiers(&tf.core, &af.core) {
        score *= if x.chars().count().min(y.chars().count()) >= 2 {
            0.5
        } else {
            0.8
        };
    }
    // A reader who finds a result of about the size promised, on a related metric,
    // takes it for the promise's: amounts of one programme rarely differ by chance.
    // It lifts a loose wording over the line; among metrics named alike it ranks nothing.
    if (CLOSE_FLOOR..super::THRESHOLD).contains(&score)
        && !is_relative(&t.unit)
        && !is_relative(&a.unit)
    {
        if let Some(r) = magnitude_ratio(t, a) {
            score += CLOSE_BONUS * (1.0 - (r - 1.0) / CLOSE_SPAN).max(0.0);
        }
    }
    // "中央财政拟投入420亿元资金" names only who pays; the paragraph says what for
    // ("实施更加积极的就业政策"), and a reader matches the fund by that.
    let mut reason = fit_reason(t, tf, a, af);
    if names_only_payer(&tf.core) && !t.topic.is_empty() && !a.topic.is_empty() {
        let shared = longest_common_substring(&t.topic, &a.topic);
        let overlap = (shared as f64 / TOPIC_PHRASE_CHARS).min(1.0);
        score = (1.0 - TOPIC_WEIGHT) * score + TOPIC_WEIGHT * overlap;
        if shared >= 2 {
            reason.push_str(&format!(
                ", the same topic ({})",
                common_phrase(&t.topic, &a.topic)
            ));
        }
    }
    Assessment {
        score,
        problem: problem(t, tf, a, af),
        reason,
    }
}

/// A shared phrase this long (实施更加积极的就业政策 has 11 characters) tells two
/// paragraphs are about one thing.
const TOPIC_PHRASE_CHARS: f64 = 6.0;
/// How much the topic weighs against the words of a metric that names only its payer.
const TOPIC_WEIGHT: f64 = 0.5;

/// The longest phrase two topics share, for the reason shown.
fn common_phrase(a: &str, b: &str) -> String {
    let n = longest_common_substring(a, b);
    let chars: Vec<char> = a.chars().collect();
    (0..chars.len().saturating_sub(n) + 1)
        .map(|i| chars[i..i + n].iter().collect::<String>())
        .find(|p| b.contains(p.as_str()))
        .unwrap_or_default()
}

/// The first rule the pair breaks: unit, then scope, then aspect.
fn problem(t: &Item, tf: &Features, a: &Item, af: &Features) -> Option<String> {
    if !units_compatible(&t.unit, &a.unit) {
        return Some(format!("unit clash: {} vs {}", t.unit, a.unit));
    }
    if a.part_year && !t.part_year {
        return Some("period mismatch: part of a year vs a year".to_string());
    }
    if let (Some(tp), Some(ap)) = (t.period, a.period) {
        if tp != ap {
            return Some(format!(
                "period mismatch: {} vs {}",
                period_name(tp),
                period_name(ap)
            ));
        }
    }
    if is_sub_category(&tf.core, &af.core) {
        return Some(format!(
            "scope mismatch: sub-category {} of {}",
            af.core, tf.core
        ));
    }
    if let (Some(x), Some(y)) = (tf.scope_word, af.scope_word) {
        let crossed = matches!(
            (tf.scope, af.scope),
            (Scope::Increment, Scope::Cumulative) | (Scope::Cumulative, Scope::Increment)
        );
        if crossed {
            return Some(format!("scope mismatch: {x} vs {y}"));
        }
    }
    // "比上年增加422亿元" plans a change against last year; "支出3397亿元" reports a level. In counts and
    // money the two never measure each other (a percentage said bare is still a rate).
    let change = |i: &Item, f: &Features| {
        matches!(f.aspect, Some(Aspect::Growth | Aspect::Decline))
            && BASELINES
                .iter()
                .any(|w| i.metric.contains(w) || i.quote.contains(w))
    };
    let level = |f: &Features| matches!(f.aspect, None | Some(Aspect::Level));
    let absolute = !is_relative(&t.unit) && !is_relative(&a.unit);
    if absolute && ((change(t, tf) && level(af)) || (level(tf) && change(a, af))) {
        let (x, y) = if change(t, tf) {
            ("a change", "a level")
        } else {
            ("a level", "a change")
        };
        return Some(format!("figure mismatch: {x} vs {y}"));
    }
    if absolute {
        if let Some(r) = magnitude_ratio(t, a) {
            if r > MAX_MAGNITUDE_RATIO {
                return Some(format!(
                    "implausible magnitude: {} vs {}",
                    t.quote.trim(),
                    a.quote.trim()
                ));
            }
        }
    }
    if let (Some(x), Some(y)) = (tf.aspect, af.aspect) {
        if !aspects_compatible(x, y) {
            return Some(format!(
                "figure mismatch: {} vs {}",
                aspect_name(x),
                aspect_name(y)
            ));
        }
    }
    None
}

/// How like two metrics must be before the closeness of their amounts counts.
const CLOSE_FLOOR: f64 = 0.3;
/// The most closeness adds, for equal amounts; it falls to nothing at a ratio of
/// 1 + CLOSE_SPAN.
const CLOSE_BONUS: f64 = 0.2;
const CLOSE_SPAN: f64 = 0.5;

/// An amount this many times larger or smaller than the target measures something else
/// (a national total against one programme's fund).
const MAX_MAGNITUDE_RATIO: f64 = 10.0;

/// How many times the larger of target and actual is the smaller, in one base unit.
fn magnitude_ratio(t: &Item, a: &Item) -> Option<f64> {
    let (tv, tu) = normalize(t.value.or(t.min)?, &t.unit);
    let (av, au) = normalize(a.value?, &a.unit);
    if tu != au || tv <= 0.0 || av <= 0.0 {
        return None;
    }
    Some(tv.max(av) / tv.min(av))
}

fn period_name((from, to): (i32, i32)) -> String {
    if from == to {
        to.to_string()
    } else {
        format!("{from}-{to}")
    }
}

/// The actual names the target's thing with a qualifier of two or more characters
/// in front (高新技术企业 of 企业, 广州生产总值 of 生产总值): a part, not the whole.
/// A summary may drop a qualifier of the plan, but not add one.
pub fn is_sub_category(target: &str, actual: &str) -> bool {
    target.chars().count() >= 2
        && actual != target
        && actual.contains(target)
        && actual.chars().count() >= target.chars().count() + 2
}

/// Same base unit after folding scales (亿元 ~ 万元); a bare scale (8亿) leaves its
/// base unit implied and fits any counted unit, but never a percentage.
pub fn units_compatible(t: &str, a: &str) -> bool {
    let (_, tu) = normalize(1.0, t);
    let (_, au) = normalize(1.0, a);
    if tu == au {
        return true;
    }
    (tu.is_empty() || au.is_empty()) && !is_relative(&tu) && !is_relative(&au)
}

/// A percentage or percentage points: a rate, not an amount.
fn is_relative(unit: &str) -> bool {
    let (_, u) = normalize(1.0, unit);
    u == "%" || u.contains("百分点")
}

fn fit_reason(t: &Item, tf: &Features, a: &Item, af: &Features) -> String {
    let metric = if t.metric == a.metric {
        format!("same metric {}", t.metric)
    } else if tf.core == af.core {
        format!("same metric {} ~ {}", t.metric, a.metric)
    } else {
        format!("similar metric {} ~ {}", t.metric, a.metric)
    };
    let unit = if t.unit == a.unit {
        format!("same unit {}", t.unit)
    } else {
        format!("compatible unit {} ~ {}", t.unit, a.unit)
    };
    format!("{metric}, {unit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_fold_scales_and_keep_percent_apart() {
        assert!(units_compatible("亿元", "万元"));
        assert!(units_compatible("万人", "萬人"));
        assert!(units_compatible("万", "万人"));
        assert!(!units_compatible("家", "%"));
        assert!(!units_compatible("%", "个百分点"));
        assert!(!units_compatible("亿", "%"));
    }
}
