//! What kind of figure a metric is: a yearly increment or a cumulative total (scope),
//! and a change (growth, decline), a share, or a plain level (aspect). Figures of
//! different scope or aspect never measure each other.

/// Whether a figure counts this year's additions or everything so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Increment,
    Cumulative,
    Unstated,
}

/// Whether a figure is a change, a share of a whole, or stated as it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aspect {
    Growth,
    Decline,
    Share,
    Level,
}

/// Words that make a figure this year's additions.
pub const INCREMENT_WORDS: &[&str] = &[
    "新建改建",
    "新认定",
    "新培育",
    "新引进",
    "新获批",
    "新设立",
    "新开工",
    "新建",
    "新设",
    "新增",
    "净增",
];

/// Words that make a figure a running total.
pub const CUMULATIVE_WORDS: &[&str] = &[
    "累计",
    "累积",
    "总数",
    "总计",
    "共计",
    "拥有量",
    "保有量",
    "存量",
];

/// Words of growth, in a metric or right before the number.
pub const GROWTH_WORDS: &[&str] = &[
    "年均增长",
    "增长率",
    "成长率",
    "增长",
    "增速",
    "增幅",
    "涨幅",
    "上涨",
    "上升",
    "提高",
    "提升",
    "增加",
];

/// Words of decline.
pub const DECLINE_WORDS: &[&str] = &[
    "下降率",
    "下降",
    "降幅",
    "降低",
    "减少",
    "压减",
    "削减",
    "回落",
];

/// Words of a share of a whole.
pub const SHARE_WORDS: &[&str] = &["占比", "比重", "比例", "所占", "相当于", "占"];

/// Words that contain an aspect or filler word but must stay whole (工业增加值 is a
/// level; 规模以上 is a class of firms, not a comparison).
pub const PROTECTED: &[&str] = &["增加值", "增值税", "占地", "规模以上", "限额以上", "覆盖率"];

/// The scope stated by `text`, with the word that states it.
pub fn scope_of(text: &str) -> (Scope, Option<&'static str>) {
    if let Some(w) = first_word(text, CUMULATIVE_WORDS) {
        return (Scope::Cumulative, Some(w));
    }
    match first_word(text, INCREMENT_WORDS) {
        Some(w) => (Scope::Increment, Some(w)),
        None => (Scope::Unstated, None),
    }
}

/// The aspect stated by `text`; the last aspect word wins (占…比重, 增长…下降 read
/// from the right, where Chinese puts what the number is).
pub fn aspect_of(text: &str) -> Option<(Aspect, &'static str)> {
    let text = mask_protected(text);
    let mut best: Option<(usize, Aspect, &'static str)> = None;
    for (aspect, words) in [
        (Aspect::Growth, GROWTH_WORDS),
        (Aspect::Decline, DECLINE_WORDS),
        (Aspect::Share, SHARE_WORDS),
    ] {
        for w in words {
            if let Some(i) = text.rfind(w) {
                let end = i + w.len();
                if best.is_none_or(|(e, _, _)| end > e) {
                    best = Some((end, aspect, w));
                }
            }
        }
    }
    best.map(|(_, a, w)| (a, w))
}

/// Whether two aspects can measure each other. A growth target is measured by a
/// decline (as a negative growth); nothing else crosses.
pub fn aspects_compatible(a: Aspect, b: Aspect) -> bool {
    use Aspect::*;
    matches!(
        (a, b),
        (Growth | Decline, Growth | Decline) | (Share, Share) | (Level, Level)
    )
}

pub fn aspect_name(a: Aspect) -> &'static str {
    match a {
        Aspect::Growth => "growth rate",
        Aspect::Decline => "decline",
        Aspect::Share => "share",
        Aspect::Level => "level",
    }
}

fn first_word(text: &str, words: &[&'static str]) -> Option<&'static str> {
    words.iter().copied().find(|w| text.contains(w))
}

/// Replace protected nouns by a neutral mark so their aspect words are not seen.
pub fn mask_protected(text: &str) -> String {
    let mut out = text.to_string();
    for p in PROTECTED {
        out = out.replace(p, "□");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_words() {
        assert_eq!(scope_of("新增孵化器").0, Scope::Increment);
        assert_eq!(scope_of("孵化器累计新增").0, Scope::Cumulative);
        assert_eq!(scope_of("高新技术企业总数").0, Scope::Cumulative);
        assert_eq!(scope_of("专利申请量").0, Scope::Unstated);
    }

    #[test]
    fn aspect_reads_from_the_right() {
        assert_eq!(aspect_of("规模以上工业增加值"), None);
        assert_eq!(
            aspect_of("规模以上工业增加值增长").map(|a| a.0),
            Some(Aspect::Growth)
        );
        assert_eq!(aspect_of("能耗下降").map(|a| a.0), Some(Aspect::Decline));
        assert_eq!(
            aspect_of("研发经费支出占生产总值比例").map(|a| a.0),
            Some(Aspect::Share)
        );
    }
}
