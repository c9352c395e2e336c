//! Units and scales: folding 万/亿 into the value so that 1亿元 compares with 10000万元.

use super::tables::KILO_UNITS;

/// Scale prefixes, longest first, so that 万亿 is tried before 万.
pub const SCALES: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("千万", 1e7),
    ("百万", 1e6),
    ("亿", 1e8),
    ("万", 1e4),
    ("千", 1e3),
    ("百", 1e2),
];

/// Fold the scale of `unit` into `value`: (5000, "万美元") -> (5e7, "美元").
/// A bare scale (8亿) leaves the empty base unit; a bracketed note (页(次)) is dropped.
/// A figure without the noise of binary arithmetic (1.39, not 1.3900000000000001;
/// 4.1万亿 as 4100000000000, not …99.9995): twelve significant digits are more than
/// any published figure has.
pub fn tidy(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    format!("{v:.11e}").parse().unwrap_or(v)
}

pub fn normalize(value: f64, unit: &str) -> (f64, String) {
    let mut unit = strip_note(unit.trim())
        .replace('％', "%")
        .replace('萬', "万")
        .replace('億', "亿");
    let mut value = value;
    for (prefix, mult) in SCALES {
        if let Some(rest) = unit.strip_prefix(prefix) {
            // 千米, 千瓦时: kilo makes a unit of its own, as it was written.
            if *prefix == "千" && rest.starts_with(KILO_UNITS) {
                break;
            }
            value = tidy(value * mult);
            unit = rest.to_string();
            break;
        }
    }
    // People are counted in 人, 名 or 位 alike.
    if unit == "名" || unit == "位" {
        unit = "人".to_string();
    }
    (value, unit)
}

fn strip_note(unit: &str) -> String {
    let mut out = String::with_capacity(unit.len());
    let mut depth = 0usize;
    for c in unit.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_figures_carry_no_float_noise() {
        assert_eq!(normalize(4.1, "万亿元").0, 4.1e12);
        assert_eq!(normalize(1.39, "亿斤").0, 1.39e8);
        assert_eq!(tidy(1.3900000000000001), 1.39);
        assert_eq!(tidy(0.1 + 0.2), 0.3);
        assert_eq!(tidy(-2.5), -2.5);
        assert_eq!(tidy(0.0), 0.0);
    }

    #[test]
    fn folds_scales() {
        assert_eq!(normalize(1.0, "亿元"), (1e8, "元".to_string()));
        assert_eq!(normalize(10000.0, "万元"), (1e8, "元".to_string()));
        assert_eq!(normalize(1.3, "万亿元"), (1.3e12, "元".to_string()));
        assert_eq!(normalize(8.0, "亿"), (8e8, String::new()));
        assert_eq!(normalize(14.0, "％"), (14.0, "%".to_string()));
        assert_eq!(normalize(3.0, "页(次)"), (3.0, "页".to_string()));
        assert_eq!(normalize(20.0, "家"), (20.0, "家".to_string()));
        assert_eq!(normalize(8.0, "千米"), (8.0, "千米".to_string()));
        assert_eq!(normalize(3.0, "万千瓦"), (3e4, "千瓦".to_string()));
    }
}
