//! How alike two metric cores are, by characters alone: character-bigram Dice,
//! longest common substring, containment, and agreement of head nouns.

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
    let ordered = (dice(a, b) + lcs) / 2.0;
    // The same words in another order (安全饮水 / 饮水安全, 新农合和城镇居民医保 /
    // 城镇居民医保和新农合) share their characters, not their bigrams.
    ordered.max(CHARACTER_WEIGHT * char_dice(a, b))
}

/// How much a match of characters in any order counts against one in order.
const CHARACTER_WEIGHT: f64 = 0.68;

/// Sørensen–Dice coefficient on characters, each counted as often as it occurs.
pub fn char_dice(a: &str, b: &str) -> f64 {
    let mut ca: Vec<char> = a.chars().collect();
    let mut cb: Vec<char> = b.chars().collect();
    let total = ca.len() + cb.len();
    if total == 0 {
        return 0.0;
    }
    ca.sort_unstable();
    cb.sort_unstable();
    2.0 * common(&ca, &cb) as f64 / total as f64
}

/// Sørensen–Dice coefficient on character bigrams (unigrams for one-character strings).
pub fn dice(a: &str, b: &str) -> f64 {
    let (ga, gb) = (grams(a), grams(b));
    let total = ga.len() + gb.len();
    if total == 0 {
        return 0.0;
    }
    2.0 * common(&ga, &gb) as f64 / total as f64
}

/// The bigrams of `s`, sorted, each as often as it occurs: a pair is compared for
/// every target and actual of a plan and its summary, and merging two short sorted
/// lists is cheaper than building and probing hash maps.
fn grams(s: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = s.chars().collect();
    let mut out: Vec<(char, char)> = if chars.len() == 1 {
        vec![(chars[0], ' ')]
    } else {
        chars.windows(2).map(|w| (w[0], w[1])).collect()
    };
    out.sort_unstable();
    out
}

/// Size of the multiset intersection of two sorted lists.
fn common<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Length in characters of the longest common substring.
pub fn longest_common_substring(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    let mut best = 0;
    for ca in &a {
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = if ca == cb { prev[j] + 1 } else { 0 };
            best = best.max(cur[j + 1]);
        }
        std::mem::swap(&mut prev, &mut cur);
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
    fn dice_counts_repeated_bigrams_as_often_as_both_hold_them() {
        // 发展发展: 发展 twice and 展发 once; 发展: 发展 once.
        assert_eq!(dice("发展发展", "发展"), 2.0 * 1.0 / 4.0);
        assert_eq!(dice("发展发展", "发展发展"), 1.0);
        assert_eq!(dice("专", "专"), 1.0);
        assert_eq!(dice("专", "利"), 0.0);
        assert_eq!(longest_common_substring("abcxabcd", "zabcdz"), 4);
    }

    #[test]
    fn words_in_another_order_or_with_a_qualifier_inserted_are_near() {
        assert!(text_similarity("安全饮水", "饮水安全") >= 0.6);
        // Dropping a qualifier between (科技) may name a broader sum: not near enough.
        assert!(text_similarity("中央财政科技支出", "中央财政支出") < 0.6);
        assert!(text_similarity("专利授权", "专利申请") < 0.6);
    }

    #[test]
    fn rival_qualifiers_are_found() {
        assert!(rival_qualifiers("城镇登记失业率", "城镇调查失业率").is_some());
        assert!(rival_qualifiers("城镇调查失业率", "调查失业率").is_none());
    }
}
