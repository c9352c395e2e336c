//! How alike two metric cores are, by characters alone: character-bigram Dice,
//! longest common substring, containment, and agreement of head nouns.

use std::collections::HashMap;

/// Similarity of two cores in 0..=1, before head nouns and qualifiers are weighed.
pub fn text_similarity(a: &str, b: &str) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let (short, long) = (la.min(lb), la.max(lb));
    if short >= 2 && (a.contains(b) || b.contains(a)) {
        // One names the other with a short modifier (城镇调查失业率 / 调查失业率); a long
        // one changes what is counted (规模以上工业增加值 / 工业增加值, 申报认定和复审高新技术企业).
        let base = if long - short <= 2 { 0.7 } else { 0.4 };
        return base + 0.3 * short as f64 / long as f64;
    }
    let lcs = longest_common_substring(a, b) as f64 / long as f64;
    (dice(a, b) + lcs) / 2.0
}

/// Sørensen–Dice coefficient on character bigrams (unigrams for one-character strings).
pub fn dice(a: &str, b: &str) -> f64 {
    let (ga, gb) = (grams(a), grams(b));
    let total: usize = ga.values().sum::<usize>() + gb.values().sum::<usize>();
    if total == 0 {
        return 0.0;
    }
    let common: usize = ga
        .iter()
        .map(|(g, n)| (*n).min(*gb.get(g).unwrap_or(&0)))
        .sum();
    2.0 * common as f64 / total as f64
}

fn grams(s: &str) -> HashMap<(char, char), usize> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = HashMap::new();
    if chars.len() == 1 {
        *out.entry((chars[0], ' ')).or_insert(0) += 1;
    }
    for w in chars.windows(2) {
        *out.entry((w[0], w[1])).or_insert(0) += 1;
    }
    out
}

/// Length in characters of the longest common substring.
pub fn longest_common_substring(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut prev = vec![0usize; b.len() + 1];
    let mut best = 0;
    for ca in &a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            if ca == cb {
                cur[j + 1] = prev[j] + 1;
                best = best.max(cur[j + 1]);
            }
        }
        prev = cur;
    }
    best
}

/// Whether two head nouns name the same thing (one may qualify the other: 企业 / 高新技术企业).
pub fn heads_agree(a: &str, b: &str) -> bool {
    !a.is_empty() && !b.is_empty() && (a.ends_with(b) || b.ends_with(a))
}

/// The characters each core has that the other lacks, when both have some: two
/// different qualifiers of one noun (城镇登记失业率 / 城镇调查失业率) are two metrics.
pub fn rival_qualifiers(a: &str, b: &str) -> Option<(String, String)> {
    let only = |x: &str, y: &str| -> String { x.chars().filter(|c| !y.contains(*c)).collect() };
    let (oa, ob) = (only(a, b), only(b, a));
    (!oa.is_empty() && !ob.is_empty()).then_some((oa, ob))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_contained_and_unrelated() {
        assert_eq!(text_similarity("孵化器", "孵化器"), 1.0);
        assert!(text_similarity("城镇调查失业率", "调查失业率") > 0.9);
        assert!(text_similarity("申报认定和复审高新技术企业", "高新技术企业") < 0.6);
        assert!(text_similarity("专利授权", "专利申请") < 0.5);
        assert_eq!(text_similarity("", "孵化器"), 0.0);
    }

    #[test]
    fn dice_counts_shared_bigrams() {
        assert_eq!(dice("城镇登记失业率", "城镇调查失业率"), 0.5);
        assert_eq!(
            longest_common_substring("城镇登记失业率", "城镇调查失业率"),
            3
        );
    }

    #[test]
    fn rival_qualifiers_are_found() {
        assert!(rival_qualifiers("城镇登记失业率", "城镇调查失业率").is_some());
        assert!(rival_qualifiers("城镇调查失业率", "调查失业率").is_none());
    }
}
