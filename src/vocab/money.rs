//! The words of budgets, read alike by the extractor and the linker.

/// Who pays for a fund and the words of budgeting: a metric made of these alone
/// (中央财政专项资金, 中央财政支出资金) names no purpose.
pub const PAYER_WORDS: &[&str] = &[
    "中央财政",
    "中央预算内",
    "中央预算",
    "中央政府",
    "各级财政",
    "地方财政",
    "财政",
    "中央",
    "预算",
    "资金",
    "专项",
    "补助",
    "支出",
    "经费",
    "总额",
];

/// Verbs of budgeting between a payer and its fund (中央财政拟投入社会保障资金).
pub const BUDGET_VERBS: &[&str] = &["投入", "安排", "拨付", "下达", "筹集"];

/// Whether `text` names who pays and nothing of what for: once payer words are taken
/// away (longest first at each place), nothing is left.
pub fn names_only_payer(text: &str) -> bool {
    let mut rest = text.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        match PAYER_WORDS
            .iter()
            .filter(|w| rest.starts_with(*w))
            .max_by_key(|w| w.len())
        {
            Some(w) => rest = &rest[w.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_payer_alone_names_no_fund() {
        assert!(names_only_payer("中央财政"));
        assert!(names_only_payer("中央财政专项资金"));
        assert!(!names_only_payer("中央财政就业专项资金"));
        assert!(!names_only_payer(""));
    }
}
