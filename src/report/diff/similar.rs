//! How alike two metric phrases are: the Dice coefficient of their character bigrams,
//! which suits Chinese noun phrases (no word breaks) and ignores spacing and punctuation.

use std::collections::HashMap;

/// 1.0 for the same phrase, 0.0 for phrases sharing no two-character piece.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (ca, cb) = (chars(a), chars(b));
    if ca == cb {
        return if ca.is_empty() { 0.0 } else { 1.0 };
    }
    let (ba, bb) = (bigrams(&ca), bigrams(&cb));
    let total = ba.values().sum::<usize>() + bb.values().sum::<usize>();
    if total == 0 {
        return 0.0;
    }
    let shared: usize = ba
        .iter()
        .map(|(k, n)| (*n).min(bb.get(k).copied().unwrap_or(0)))
        .sum();
    2.0 * shared as f64 / total as f64
}

fn chars(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

fn bigrams(cs: &[char]) -> HashMap<(char, char), usize> {
    let mut m = HashMap::new();
    if cs.len() == 1 {
        *m.entry((cs[0], ' ')).or_default() += 1;
    }
    for w in cs.windows(2) {
        *m.entry((w[0], w[1])).or_default() += 1;
    }
    m
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
