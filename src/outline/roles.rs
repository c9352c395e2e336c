//! Passage roles: which stretches of a document report results, for which period,
//! and which commit, for which year or horizon. A report reviews the past and then
//! sets the year's goals, often more than once, so a role belongs to a passage, not
//! to the file. A reader takes it from the part headings and their years first;
//! where no heading tells (a news item, a report's opening lines, the 说明 of a
//! five-year 纲要 that both reviews and sets goals), from each sentence's tense,
//! modal words and years.

use super::parts::{period_span, type_of, years_in};
use super::words::{
    BASELINE_TIME, FORWARD_WORDS, FUTURE_CUES, LAST_YEAR, MIXED_TITLES, MULTI_YEAR_PAST, NEXT_YEAR,
    PAST_CUES, PLAN_HEADINGS, PLAN_REPORTED, REVIEW_WORDS, ROLE_LINE_WORDS, SINCE_WORDS, THIS_YEAR,
};
use super::PartKind;
use crate::vocab::chinese::simplify;
use crate::vocab::marks::BULLETS;

/// What a passage does: report (for a year or a period) or commit (for a year or horizon).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Role {
    pub kind: PartKind,
    /// The one year it covers, or the last year of its period or horizon.
    pub year: Option<i32>,
    /// The first year, when the passage covers several.
    pub from: Option<i32>,
}

impl Role {
    fn new(kind: PartKind, year: Option<i32>) -> Role {
        Role {
            kind,
            year,
            from: None,
        }
    }
}

/// How a heading sets the role of the passage it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    /// The heading says it: every figure under it has this role.
    Fixed(Role),
    /// A part that both reviews and commits (a 纲要's 说明): its sentences decide,
    /// falling back on this role.
    Mixed(Role),
    /// Nothing in the heading tells.
    Silent,
}

fn has_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// The role a heading's title gives its part, with `now` the year the document is
/// written in (the report's own year).
pub fn of_title(title: &str, now: Option<i32>) -> Heading {
    let t = simplify(title);
    let (summary, plan) = type_of(&t);
    let review = summary || has_any(&t, REVIEW_WORDS) || has_any(&t, MULTI_YEAR_PAST);
    let forward = plan || has_any(&t, FORWARD_WORDS) || has_any(&t, PLAN_HEADINGS);
    let year = years_in(&t).first().map(|&(_, y)| y);
    let period = period_span(&t);
    let by_time = |y: i32| {
        now.map(|n| {
            if y < n {
                PartKind::Summary
            } else {
                PartKind::Plan
            }
        })
    };
    let kind = match (review, forward) {
        (true, false) => PartKind::Summary,
        (false, true) => PartKind::Plan,
        // Both or neither: the years named decide ("2011年的工作").
        _ => match year
            .and_then(by_time)
            .or_else(|| period.and_then(|(_, to)| by_time(to)))
        {
            Some(k) if !(review && forward) => k,
            _ => return Heading::Silent,
        },
    };
    let mut role = Role::new(kind, None);
    match kind {
        PartKind::Summary => {
            if let Some(y) = year.filter(|&y| now.is_none_or(|n| y < n)) {
                role.year = Some(y);
            } else if let Some((from, to)) = period.filter(|&(_, to)| now.is_none_or(|n| to < n)) {
                role = Role {
                    kind,
                    year: Some(to),
                    from: Some(from),
                };
            } else if let Some(n) = now {
                role.year = Some(n - 1);
                if has_any(&t, MULTI_YEAR_PAST) {
                    role.from = Some(n - 5);
                }
            }
        }
        PartKind::Plan => {
            if let Some(y) = year.filter(|&y| now.is_none_or(|n| y >= n)) {
                role.year = Some(y);
            } else if let Some((from, to)) = period.filter(|&(_, to)| now.is_none_or(|n| to >= n)) {
                role = Role {
                    kind,
                    year: Some(to),
                    from: Some(from),
                };
            } else {
                role.year = now;
            }
        }
    }
    if has_any(&t, MIXED_TITLES) {
        Heading::Mixed(role)
    } else {
        Heading::Fixed(role)
    }
}

/// An unnumbered line that heads a part ("首先报告２００１年的工作"): short, no
/// sentence inside, a year or a review word, and a word naming work or results.
pub fn of_line(line: &str, now: Option<i32>) -> Option<Role> {
    if line.chars().count() > 30 || line.contains(['，', ',', '。', '；', ';', '：', ':']) {
        return None;
    }
    let t = simplify(line);
    // A line with a figure is a headline ("…预期目标设定为5%左右"), not a part heading.
    let digits = t.chars().filter(char::is_ascii_digit).count();
    if !has_any(&t, ROLE_LINE_WORDS) || digits > 4 * years_in(&t).len() {
        return None;
    }
    match of_title(&t, now) {
        Heading::Fixed(role) if !years_in(&t).is_empty() || role.from.is_some() => Some(role),
        _ => None,
    }
}

/// What one sentence's own words say of its role: (commits, reports). A modal or a
/// target word commits, a past marker reports; comparisons with the year before
/// (比上年, 同比) say neither.
fn word_cues(sentence: &str) -> (bool, bool) {
    let folded = simplify(sentence);
    let since = has_any(&folded, SINCE_WORDS);
    let s = strip_baselines(&folded);
    let future = has_any(&s, FUTURE_CUES) || has_any(&s, THIS_YEAR) || has_any(&s, NEXT_YEAR);
    let past = since || has_any(&s, PAST_CUES) || has_any(&s, MULTI_YEAR_PAST);
    (future, past)
}

/// The sentence without its comparisons with earlier times (比上年, 以来, 计划执行).
fn strip_baselines(folded: &str) -> String {
    let mut s = folded.to_string();
    for w in BASELINE_TIME.iter().chain(SINCE_WORDS).chain(PLAN_REPORTED) {
        if s.contains(w) {
            s = s.replace(w, "");
        }
    }
    s
}

/// Years a sentence names as its own time, not as a baseline ("比2015年", "2015年以来").
fn own_years(sentence: &str) -> Vec<i32> {
    years_in(sentence)
        .into_iter()
        .filter(|&(at, _)| {
            let before = &sentence[..at];
            let after = &sentence[at..];
            let after = after.split_once('年').map_or("", |(_, a)| a);
            !before.ends_with(['比', '较', '从', '由'])
                && !SINCE_WORDS
                    .iter()
                    .any(|w| after.starts_with(w.trim_start_matches('今')))
                && !after.starts_with("基础")
        })
        .map(|(_, y)| y)
        .collect()
}

/// One sentence of a passage whose role no heading gives.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    future: bool,
    past: bool,
    years: Vec<i32>,
    multi_year: bool,
    next_year: bool,
    /// Ends in a colon: the lines after it are its list.
    opens_list: bool,
    /// Starts a paragraph (the first sentence of a line).
    pub para_start: bool,
    /// Opens with this year ("今年通货膨胀压力仍然较大"): back from a look at the last.
    pub opens_now: bool,
    /// Holds a digit: a figure, or a year.
    figures: bool,
    /// Ends with a full stop.
    closes: bool,
    /// Names the year just past as such (去年, 过去一年).
    relative_past: bool,
    /// The bullet a paragraph opens with (●, ◆, —).
    bullet: Option<char>,
}

impl Sentence {
    /// Opens a look back on the year just past by its own words ("过去一年", "去年"),
    /// with no word of intent and no year named.
    pub fn looks_back(&self) -> bool {
        self.past && !self.future && self.years.is_empty() && self.relative_past
    }
}

/// The sentences of `text[start..end]`, each with the cues it carries.
pub fn sentences(text: &str, start: usize, end: usize) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut at = start;
    let mut para_start = true;
    for (i, c) in text[start..end].char_indices() {
        let stop = matches!(c, '。' | '！' | '？' | '!' | '?' | '\n');
        if !stop {
            continue;
        }
        let e = start + i + c.len_utf8();
        push_sentence(&mut out, text, at, e, para_start);
        para_start = c == '\n';
        at = e;
    }
    push_sentence(&mut out, text, at, end, para_start);
    out
}

fn push_sentence(out: &mut Vec<Sentence>, text: &str, start: usize, end: usize, para: bool) {
    let s = &text[start..end];
    if s.trim().is_empty() {
        return;
    }
    let folded = simplify(s);
    let (future, past) = word_cues(s);
    out.push(Sentence {
        start,
        end,
        future,
        past,
        // A five-year period named ("“十四五”时期") dates the sentence by its last year.
        years: own_years(s)
            .into_iter()
            .chain(period_span(&folded).map(|(_, to)| to))
            .collect(),
        multi_year: has_any(&folded, MULTI_YEAR_PAST),
        next_year: has_any(&folded, NEXT_YEAR),
        opens_list: s.trim_end().ends_with(['：', ':']),
        para_start: para,
        opens_now: THIS_YEAR.iter().any(|w| {
            folded
                .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
                .starts_with(w)
        }),
        figures: folded.chars().any(|c| c.is_ascii_digit()),
        closes: s.trim_end().ends_with(['。', '.']),
        relative_past: has_any(&strip_baselines(&folded), LAST_YEAR),
        bullet: s
            .trim_start()
            .chars()
            .next()
            .filter(|c| BULLETS.contains(c) && para),
    });
}

/// The year a passage without headings is written in: the year its commitments name,
/// else the year after the latest one its other sentences name.
pub fn infer_now(sentences: &[Sentence]) -> Option<i32> {
    let planned = sentences
        .iter()
        .filter(|s| s.future && !s.past && !s.next_year)
        .flat_map(|s| s.years.iter().copied())
        .min();
    planned.or_else(|| {
        sentences
            .iter()
            .filter(|s| !s.future)
            .flat_map(|s| s.years.iter().copied())
            .max()
            .map(|y| y + 1)
    })
}

/// The role of each sentence of a passage no heading governs: its own cue, else the
/// years it names against `now`, else the role of the sentence before it in the
/// paragraph, or of the list it belongs to; `fallback` where nothing tells.
pub fn of_sentences(
    sentences: &[Sentence],
    now: Option<i32>,
    fallback: Option<Role>,
    unheaded: bool,
) -> Vec<Option<Role>> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut carried: Option<Role> = None;
    let mut list: Option<Role> = None;
    let mut bullet: Option<char> = None;
    for s in sentences {
        if s.para_start {
            // A new paragraph carries the role on only inside a list: one a colon
            // opened, or a run of items under the same bullet.
            let same_bullet = s.bullet.is_some() && s.bullet == bullet;
            bullet = s.bullet;
            if !same_bullet {
                carried = list;
            }
        }
        let by_years = now.zip(s.years.first()).map(|(n, &y)| {
            if y < n {
                PartKind::Summary
            } else {
                PartKind::Plan
            }
        });
        let kind = match (s.future, s.past) {
            (true, false) => Some(PartKind::Plan),
            (false, true) => Some(PartKind::Summary),
            // "2023年…主要目标任务圆满完成": the year says whether the target is met or set;
            // "在去年基础上，今年要…": without one, what is to be done is the point.
            (true, true) => by_years.or(Some(PartKind::Plan)),
            (false, false) => by_years,
        };
        let role = match kind {
            // Unheaded, a look back over five years is the story's background, neither
            // the year's results nor its goals.
            Some(PartKind::Summary) if s.multi_year && unheaded => None,
            Some(k) => Some(role_for(s, k, now)),
            None => carried.or(fallback),
        };
        if kind.is_some() {
            carried = role;
        }
        if s.opens_list {
            list = role;
        } else if (s.para_start && kind.is_some()) || s.closes {
            // A list runs on item by item (；) and ends with its full stop.
            list = None;
        }
        out.push(role);
    }
    out
}

/// The role most sentences with figures take, for those whose own words say nothing:
/// a news item of results is read as results throughout.
pub fn prevailing(sentences: &[Sentence], now: Option<i32>) -> Option<Role> {
    let roles = of_sentences(sentences, now, None, true);
    let (mut plan, mut summary) = (Vec::new(), Vec::new());
    for (s, r) in sentences.iter().zip(&roles) {
        match r {
            Some(r) if s.figures && r.kind == PartKind::Plan => plan.push(*r),
            Some(r) if s.figures => summary.push(*r),
            _ => {}
        }
    }
    let pick = if plan.len() > summary.len() {
        plan
    } else {
        summary
    };
    pick.first().copied()
}

fn role_for(s: &Sentence, kind: PartKind, now: Option<i32>) -> Role {
    match kind {
        PartKind::Plan => {
            let named = s
                .years
                .iter()
                .copied()
                .filter(|&y| now.is_none_or(|n| y >= n))
                .max();
            let year = named.or(if s.next_year { now.map(|n| n + 1) } else { now });
            Role::new(kind, year)
        }
        PartKind::Summary => {
            let named = s
                .years
                .iter()
                .copied()
                .filter(|&y| now.is_none_or(|n| y < n))
                .max();
            let mut role = Role::new(kind, named.or(now.map(|n| n - 1)));
            if s.multi_year && named.is_none() {
                role.from = now.map(|n| n - 5);
            }
            role
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(title: &str, now: i32) -> Option<(PartKind, Option<i32>, Option<i32>)> {
        match of_title(title, Some(now)) {
            Heading::Fixed(r) => Some((r.kind, r.year, r.from)),
            _ => None,
        }
    }

    #[test]
    fn report_headings() {
        use PartKind::*;
        assert_eq!(
            fixed("过去五年政府工作的回顾", 2003),
            Some((Summary, Some(2002), Some(1998)))
        );
        assert_eq!(
            fixed("对今年政府工作的建议", 2003),
            Some((Plan, Some(2003), None))
        );
        assert_eq!(
            fixed("一年来工作回顾", 2004),
            Some((Summary, Some(2003), None))
        );
        assert_eq!(
            fixed("2005年工作总体部署", 2005),
            Some((Plan, Some(2005), None))
        );
        assert_eq!(
            fixed("去年工作回顾", 2006),
            Some((Summary, Some(2005), None))
        );
        assert_eq!(fixed("今年主要任务", 2006), Some((Plan, Some(2006), None)));
        assert_eq!(fixed("2011年的工作", 2011), Some((Plan, Some(2011), None)));
        assert_eq!(
            fixed("“十一五”时期国民经济和社会发展的回顾", 2011),
            Some((Summary, Some(2010), Some(2006)))
        );
        assert_eq!(
            fixed("“十二五”时期的主要目标和任务", 2011),
            Some((Plan, Some(2015), Some(2011)))
        );
        assert_eq!(
            fixed("2025年主要工作和“十四五”发展成就", 2026),
            Some((Summary, Some(2025), None))
        );
        assert_eq!(fixed("扩大和培育内需，促进经济较快增长", 2002), None);
        assert!(matches!(
            of_title(
                "关于《国民经济和社会发展第十一个五年规划纲要（草案）》的说明",
                Some(2006)
            ),
            Heading::Mixed(Role {
                kind: Plan,
                year: Some(2010),
                from: Some(2006)
            })
        ));
    }

    #[test]
    fn unnumbered_part_lines() {
        let r = of_line("首先报告２００１年的工作", Some(2002)).map(|r| (r.kind, r.year));
        assert_eq!(r, Some((PartKind::Summary, Some(2001))));
        assert_eq!(of_line("国民经济保持良好发展势头", Some(2002)), None);
        assert_eq!(of_line("2024年广东经济社会发展", Some(2024)), None);
        assert_eq!(
            of_line("中国2024年经济增长预期目标设定为5%左右", Some(2024)),
            None
        );
    }

    fn kinds(text: &str, now: Option<i32>) -> Vec<Option<PartKind>> {
        let s = sentences(text, 0, text.len());
        of_sentences(&s, now.or_else(|| infer_now(&s)), None, true)
            .into_iter()
            .map(|r| r.map(|r| r.kind))
            .collect()
    }

    #[test]
    fn news_sentences() {
        use PartKind::*;
        let text = "会议昨天开幕。2021年,我国国内生产总值达到114万亿元,增长8.1%。\
                    今年发展主要预期目标是:国内生产总值增长5.5%左右;城镇新增就业1100万人以上。";
        assert_eq!(kinds(text, None), vec![None, Some(Summary), Some(Plan)]);
        // A list a colon opens keeps its role line by line; a new paragraph does not,
        // and one the report "shows" reports.
        let text = "今年的主要预期目标是:\n◆地区生产总值增长5%;\n◆粮食产量1270万吨。\n\
                    前海合作区面积扩大到120.56平方公里。\n报告还显示,出口增长13.5%。";
        let s = sentences(text, 0, text.len());
        let roles = of_sentences(&s, Some(2024), None, true);
        assert_eq!(roles[1].map(|r| r.kind), Some(Plan));
        assert_eq!(roles[2].map(|r| r.kind), Some(Plan));
        assert_eq!(roles[3], None);
        assert_eq!(
            roles[4].map(|r| (r.kind, r.year)),
            Some((Summary, Some(2023)))
        );
        // An estimate of the year just ended reports on it.
        assert_eq!(
            kinds("初步预计,全市地区生产总值比上年增长6.2%左右。", Some(2020)),
            vec![Some(Summary)]
        );
    }
}
