//! Targets and actuals as a reader writes them: "≥ 8家", "20–25家", "≈ 5%", "63家".

use crate::judge::trim_float;
use crate::model::{Actual, Op, Target};

/// A target's promise: comparison, figure and unit.
pub fn target(t: &Target) -> String {
    promise(t.op, t.value, t.min, t.max, &t.unit)
}

/// A promise from its parts, as `target` writes it (also for figures not yet in a plan).
pub fn promise(
    op: Op,
    value: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
    unit: &str,
) -> String {
    let n = |v: Option<f64>| v.map(trim_float).unwrap_or_else(|| "?".into());
    match op {
        Op::Range => format!("{}–{}{}", n(min.or(value)), n(max), unit),
        op => format!("{} {}{}", symbol(op), n(value.or(min)), unit),
    }
}

/// What was reported, or a dash when nothing was.
pub fn actual(a: Option<&Actual>) -> String {
    match a {
        Some(a) => format!("{}{}", trim_float(a.value), a.unit),
        None => "—".into(),
    }
}

pub fn symbol(op: Op) -> &'static str {
    match op {
        Op::Ge => "≥",
        Op::Gt => ">",
        Op::Le => "≤",
        Op::Lt => "<",
        Op::Range => "–",
        Op::Approx => "≈",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_like_the_document() {
        let mut t = Target {
            op: Op::Range,
            min: Some(20.0),
            max: Some(25.0),
            unit: "家".into(),
            ..Target::default()
        };
        assert_eq!(target(&t), "20–25家");
        t.op = Op::Approx;
        t.value = Some(5.5);
        t.unit = "%".into();
        assert_eq!(target(&t), "≈ 5.5%");
        assert_eq!(actual(None), "—");
    }
}
