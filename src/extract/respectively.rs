//! "A、B分别为63家、12家": figures given respectively to a list of subjects. Each
//! figure takes its own subject as its metric, with the verb after 分别 and the
//! words the list shares ("专利申请量和授权量" -> 专利申请量, 专利授权量).

use super::phrase;
use super::words::COMMIT_VERBS;
use super::Item;

const RESPECTIVELY: &str = "分别";
/// What may stand between the figures of one list.
const FIGURE_JOINERS: &str = "、，,和及与 \u{3000}";
/// What separates the subjects of one list.
/// A later subject this short that ends like the first names a sibling of it
/// ("授权量" after "专利申请量"); longer ones name themselves.
const MAX_ELLIPTIC_CHARS: usize = 3;
const SUBJECT_JOINERS: &[&str] = &["以及", "、", "和", "及", "与", "，"];

/// Give each figure of a "分别" list its own subject.
pub fn distribute(text: &str, items: &mut [Item]) {
    let mut i = 0;
    while i < items.len() {
        i += distribute_from(text, items, i).max(1);
    }
}

/// Distribute the list whose first figure is item `i`; returns how many items it held.
fn distribute_from(text: &str, items: &mut [Item], i: usize) -> usize {
    let first = &items[i];
    let Some(at) = first.quote.find(RESPECTIVELY) else {
        return 0;
    };
    if first.row.is_some() {
        return 0;
    }
    let at = first.start + at;
    let sentence = phrase::sentence_start(text, at);
    let mut clause = phrase::clause_start(text, at, sentence);
    // "城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长…": 分别 may open its
    // clause; the list is then the clause before.
    if text[clause..at].trim().is_empty() && clause > sentence {
        let comma = text[..clause]
            .char_indices()
            .next_back()
            .map_or(clause, |(j, _)| j);
        clause = phrase::clause_start(text, comma, sentence);
        if text[clause..comma].contains(|c: char| c.is_ascii_digit()) {
            clause = comma;
        }
    }
    let list = &text[clause..at];
    let subjects = split_subjects(list.trim_end_matches(['，', ',']));
    let after = &text[at + RESPECTIVELY.len()..first.end];
    let verb: String = after.chars().take_while(|c| !starts_number(*c)).collect();
    let count = run_length(text, items, i);
    let names = if subjects.len() >= 2 {
        if count < subjects.len() {
            return 0;
        }
        full_names(&subjects)
    } else {
        // "城镇居民人均可支配收入11759元，农村居民人均纯收入3587元，扣除价格因素，分别
        // 比上年实际增长10.4%和7.4%": the list is the figures the sentence just gave.
        let before: Vec<&Item> = items[..i]
            .iter()
            .filter(|p| p.start >= sentence && p.end <= at)
            .collect();
        if count < 2 || before.len() < count {
            return 0;
        }
        before[before.len() - count..]
            .iter()
            .map(|p| phrase::subject_of(&p.metric).to_string())
            .collect()
    };
    let count = names.len();
    for (item, name) in items[i..i + count].iter_mut().zip(names) {
        let metric = phrase::clean_metric(&format!("{name}{verb}"));
        if !metric.is_empty() {
            item.metric = metric;
        }
    }
    count
}

/// How many figures from item `i` on follow each other joined only by list words.
fn run_length(text: &str, items: &[Item], i: usize) -> usize {
    let mut count = 1;
    while i + count < items.len() {
        let (prev, next) = (&items[i + count - 1], &items[i + count]);
        if next.start < prev.end || next.row.is_some() {
            break;
        }
        let lead: String = next
            .quote
            .chars()
            .take_while(|c| !starts_number(*c))
            .collect();
        let gap = format!("{}{}", &text[prev.end..next.start], lead);
        if !gap.chars().all(|c| FIGURE_JOINERS.contains(c)) {
            break;
        }
        count += 1;
    }
    count
}

fn starts_number(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || "零一二三四五六七八九十两百千万".contains(c)
}

fn split_subjects(list: &str) -> Vec<String> {
    let mut parts = vec![list.to_string()];
    for joiner in SUBJECT_JOINERS {
        parts = parts
            .iter()
            .flat_map(|p| p.split(joiner).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    parts
        .into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Subjects with what the list leaves unsaid filled in from the first: its leading
/// verb ("新增A、B" adds both) and its leading words before a shared last character
/// ("专利申请量和授权量").
fn full_names(subjects: &[String]) -> Vec<String> {
    // "第一、二、三产业增加值": the last subject's noun belongs to the short ones before.
    // Cleaned first, so that a word before the list ("把小学、初中…") is not its first subject's.
    let cleaned: Vec<String> = subjects.iter().map(|s| phrase::clean_metric(s)).collect();
    let (last, heads) = cleaned.split_last().expect("two subjects or more");
    let head_chars = heads.last().map_or(0, |h| h.chars().count());
    if heads.iter().all(|h| h.chars().count() <= 2) && last.chars().count() > head_chars + 2 {
        let tail: String = last.chars().skip(head_chars).collect();
        let mut out: Vec<String> = heads
            .iter()
            .map(|h| phrase::clean_metric(&format!("{h}{tail}")))
            .collect();
        out.push(phrase::clean_metric(last));
        return out;
    }
    let first = phrase::clean_metric(&subjects[0]);
    let verb = COMMIT_VERBS.iter().find(|v| first.starts_with(*v));
    let mut out = vec![first.clone()];
    for s in &subjects[1..] {
        let mut name = phrase::clean_metric(s);
        let (n, f) = (name.chars().count(), first.chars().count());
        if n <= MAX_ELLIPTIC_CHARS && n < f && name.chars().last() == first.chars().last() {
            let keep: String = first.chars().take(f - n).collect();
            if !keep.ends_with(name.chars().next().unwrap_or(' ')) {
                name = format!("{keep}{name}");
            }
        } else if let Some(v) = verb.filter(|v| !name.starts_with(*v)) {
            name = format!("{v}{name}");
        }
        out.push(name);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_fill_in_what_they_share() {
        let names = |s: &[&str]| full_names(&s.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(
            names(&["专利申请量", "授权量"]),
            ["专利申请量", "专利授权量"]
        );
        assert_eq!(
            names(&["全年新增高新技术企业", "科技小巨人企业"]),
            ["新增高新技术企业", "新增科技小巨人企业"]
        );
        assert_eq!(split_subjects("进口和出口"), ["进口", "出口"]);
        assert_eq!(
            names(&["第一", "二", "三产业增加值"]),
            ["第一产业增加值", "二产业增加值", "三产业增加值"]
        );
    }
}
