//! How alike two metric phrases are: the Dice coefficient of their character bigrams,
//! which suits Chinese noun phrases (no word breaks) and ignores spacing and punctuation.

use crate::link::similarity::dice;

/// 1.0 for the same phrase, 0.0 for phrases sharing no two-character piece.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (plain(a), plain(b));
    if a == b {
        return if a.is_empty() { 0.0 } else { 1.0 };
    }
    dice(&a, &b)
}

/// Letters and digits only, lower case: spacing and punctuation say nothing.
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::similarity;

    #[test]
    fn same_phrase_is_one_and_neighbours_score_between() {
        assert_eq!(similarity("城镇新增就业", "城镇新增就业"), 1.0);
        let near = similarity("城镇调查失业率", "城镇登记失业率");
        assert!(near > 0.3 && near < 0.7, "{near}");
        assert!(similarity("粮食产量", "城镇新增就业") == 0.0);
        assert!(similarity("新增高新技术企业", "新认定高新技术企业") > 0.6);
    }
}
