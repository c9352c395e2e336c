//! Targets and actuals: which quantities of a document are commitments (in its
//! plan parts) and which are reported results (in its summary parts), each with
//! the metric it counts, its section and a short exact quote.

mod dedupe;
mod filter;
mod grid;
mod marker;
mod phrase;
mod respectively;
mod table;
mod words;

use crate::model::Op;
use crate::outline::{Outline, Part, PartKind};
use crate::quantity::{self, Kind, Quantity};
use crate::read::Document;
use crate::vocab::chinese::in_simplified_script;
use crate::vocab::time::PART_YEAR;
use serde::Serialize;
use words::{FLOW_WORDS, LEVEL_VERBS, MULTI_YEAR_FIGURES, NEXT_YEAR, SINGLE_YEAR_WORDS};

/// A target or an actual as `plantrack parse` prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Item {
    /// Id of the deepest section holding it; "" before the first heading.
    pub section: String,
    /// An exact substring of the text holding the number.
    pub quote: String,
    pub metric: String,
    pub op: Op,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: String,
    #[serde(skip)]
    pub kind: Kind,
    /// Byte span of `quote` in the text.
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
    /// Items read from one row of a target-beside-result table share a row number.
    #[serde(skip)]
    pub row: Option<usize>,
    /// Said as more than its value ("6700多公里", "突破100亿元").
    #[serde(skip)]
    pub more: bool,
    /// The years the figure covers, first and last: one year, a five-year total, a
    /// horizon. Only figures of the same period measure each other.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<(i32, i32)>,
    /// Reported for part of a year only (上半年, 前三季度).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub part_year: bool,
    /// What the paragraph is about, as its lead and the figure's sentence say it
    /// ("实施更加积极的就业政策"): how a reader tells one fund from another when the
    /// metric names only who pays.
    #[serde(skip)]
    pub topic: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Extracted {
    pub targets: Vec<Item>,
    pub actuals: Vec<Item>,
}

/// Find the targets and actuals of a document.
pub fn extract(doc: &Document, outline: &Outline) -> Extracted {
    let text = doc.text.as_str();
    let mut out = Extracted::default();
    let mut grids = grid::find_grids(text, outline.meta.plan_year, outline.meta.summary_year);
    // A table whose header names its columns is read by them; the row reader that
    // guesses columns from cell words only reads the tables no header explains.
    let tables: Vec<_> = table::find_tables(text)
        .into_iter()
        .filter(|t| !grids.iter().any(|g| g.start < t.end && t.start < g.end))
        .collect();
    // Rows known only by their numbers are the last resort, where no other reader
    // found a table.
    let taken: Vec<(usize, usize)> = (grids.iter().map(|g| (g.start, g.end)))
        .chain(tables.iter().map(|t| (t.start, t.end)))
        .collect();
    grids.extend(grid::find_numbered(text, &taken));
    for t in &tables {
        let (targets, actuals) = t.items(text);
        out.targets.extend(targets);
        out.actuals
            .extend(of_part_year(actuals, in_part_year(text, t.start, t.start)));
    }
    for g in &grids {
        out.targets.extend(g.targets.iter().cloned());
        let header = in_part_year(text, g.start, g.start);
        out.actuals.extend(of_part_year(g.actuals.clone(), header));
    }
    for item in out.targets.iter_mut().chain(out.actuals.iter_mut()) {
        item.section = outline
            .section_at(item.start)
            .map(|s| s.id.clone())
            .unwrap_or_default();
    }
    let in_table = |at: usize| {
        tables.iter().any(|t| t.start <= at && at < t.end)
            || grids.iter().any(|g| g.start <= at && at < g.end)
    };
    let quantities = quantity::find(text);
    let body = body_start(text);
    let mut prev: Option<(usize, String)> = None; // (end, metric) of the last figure read
    for q in &quantities {
        if doc.is_skipped(q.start) || in_table(q.start) || q.start < body {
            continue;
        }
        let Some(part) = outline.part_at(q.start) else {
            continue;
        };
        if !filter::is_figure(text, q) {
            continue;
        }
        let section = outline.section_at(q.start);
        // A heading inline with its body ("二、2023年主要目标 全区增加值增长5.5%左右") ends
        // where its title does: its words name the section, not the figure.
        let title_end = section.and_then(|s| {
            let at = text.get(s.start..q.start)?.find(s.title.as_str())?;
            Some(s.start + at + s.title.len())
        });
        let sentence = phrase::sentence_start(text, q.start).max(title_end.unwrap_or(0));
        let floor = match &prev {
            Some((end, _)) if *end > sentence && *end <= q.start => *end,
            _ => sentence,
        };
        let mut item = describe(text, q, floor);
        // What the sentence named just before: the last figure's metric, or a label
        // ending in a colon ("地区生产总值：增长6%左右").
        let named = match &prev {
            Some((end, metric)) if *end > sentence => Some(metric.clone()),
            _ => label_before(text, q.start, sentence),
        };
        if let Some(named) = named {
            if phrase::is_filler_only(&item.metric) {
                // "增长7.5%左右，力争8%": a second figure for the metric just named.
                item.metric = named;
            } else if phrase::is_change_only(&item.metric) {
                item.metric = format!("{}{}", phrase::subject_of(&named), item.metric);
            } else if phrase::is_verb_only(&item.metric) {
                // "高新技术企业363家，其中新认定50家": the verb counts the thing just named.
                item.metric = format!("{}{}", item.metric, phrase::subject_of(&named));
            }
        }
        // "企业退休人员基本养老金连续5年增加，去年又人均提高10%": a clause of verbs
        // alone measures what its sentence named before.
        if phrase::names_nothing(&item.metric) || phrase::is_share_only(&item.metric) {
            // The figure just named in the same clause ("…的比重从2009年的2.8%降到…")
            // lends its subject; else the nearest clause before that opens with one.
            let clause = phrase::clause_start(text, q.start, sentence);
            let named = |within: usize| match &prev {
                Some((end, metric)) if *end > within => phrase::named_subject(metric),
                _ => None,
            };
            let carried = named(clause)
                .or_else(|| phrase::subject_before(text, q.start, sentence))
                .or_else(|| named(sentence))
                .or_else(|| {
                    (clause == sentence)
                        .then(|| phrase::subject_of_sentence_before(text, sentence))
                        .flatten()
                });
            if let Some(subject) = carried {
                // "…试点，试点范围扩大到": the subject's last word is not said twice.
                item.metric = phrase::named_again(&item.metric, &subject)
                    .unwrap_or_else(|| format!("{subject}{}", item.metric));
            }
        } else if let Some(fuller) = phrase::object_before(text, q.start, sentence)
            .and_then(|object| phrase::named_again(&item.metric, &object))
        {
            item.metric = fuller;
        }
        item.section = section.map(|s| s.id.clone()).unwrap_or_default();
        item.period = period_of(text, sentence, q.start, part);
        item.topic = phrase::topic(text, q.start, sentence);
        item.part_year = part.kind == PartKind::Summary
            && (in_part_year(text, sentence, q.start)
                || section.is_some_and(|s| PART_YEAR.iter().any(|w| s.title.contains(w))));
        prev = Some((q.end, item.metric.clone()));
        if item.metric.is_empty() {
            // Nothing says what the number counts: no reader could check it.
            continue;
        }
        match part.kind {
            PartKind::Plan
                if filter::is_commitment(
                    text,
                    q,
                    sentence,
                    part.year.or(outline.meta.plan_year),
                ) =>
            {
                out.targets.push(item)
            }
            PartKind::Summary
                if filter::is_report(text, q, part.year.or(outline.meta.summary_year)) =>
            {
                out.actuals.push(item)
            }
            _ => {}
        }
    }
    out.targets.sort_by_key(|i| i.start);
    out.actuals.sort_by_key(|i| i.start);
    respectively::distribute(text, &mut out.targets);
    respectively::distribute(text, &mut out.actuals);
    dedupe::drop_restatements(&mut out.targets);
    dedupe::drop_restatements(&mut out.actuals);
    // A metric is a name: 外貿進出口總額 is 外贸进出口总额 whatever script the page
    // used, and the romanisation some mirrors insert ("國內(nèi)") is no part of it.
    for item in out.targets.iter_mut().chain(out.actuals.iter_mut()) {
        item.metric = in_simplified_script(&phrase::without_romanisation(&item.metric));
    }
    out
}

/// Where the body begins: the first line that reads as prose (holds a "。" or a "；",
/// or runs on into the next). Lines before it are headlines and cover text, which restate
/// figures the body gives.
fn body_start(text: &str) -> usize {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let wrapped = line.ends_with('\n') && phrase::is_soft_break(text, at + line.len() - 1);
        if line.contains(['。', '；']) || wrapped {
            return at;
        }
        at += line.len();
    }
    0
}

/// Whether the text from `from` to the end of the line holding `to` says part of a
/// year: a table's header line (`from == to`), or a figure's sentence.
fn in_part_year(text: &str, from: usize, to: usize) -> bool {
    let line_end = text[to..].find('\n').map_or(text.len(), |i| to + i);
    PART_YEAR
        .iter()
        .any(|w| text[from..line_end.max(from)].contains(w))
}

fn of_part_year(mut items: Vec<Item>, part_year: bool) -> Vec<Item> {
    for i in &mut items {
        i.part_year |= part_year;
    }
    items
}

/// The years a figure covers: its part's, unless its sentence says otherwise. In a
/// review of five years a figure is a five-year one unless said of one year (去年,
/// 2007年); in a one-year part, 年均 or 五年 make it one of several years, and a plan's
/// figure for a later year (到2030年) reaches to that horizon.
fn period_of(text: &str, sentence: usize, at: usize, part: &Part) -> Option<(i32, i32)> {
    let year = part.year?;
    let before = &text[sentence..at];
    // A year a change is measured from (从2009年的2.8%, 比2015年) is no figure's own.
    let last_named = filter::years_in(before)
        .filter(|&(at, _)| !before[..at].ends_with(['从', '由', '比', '较']))
        .last();
    let named = last_named.map(|(_, y)| y);
    // The time said last before the figure is its own: "五年累计7.79万亿元，…，2012年
    // 占…4%" dates the share by 2012.
    let multi = MULTI_YEAR_FIGURES
        .iter()
        .filter_map(|w| before.rfind(w))
        .max()
        .is_some_and(|m| last_named.is_none_or(|(y, _)| y < m));
    Some(match part.from {
        Some(_) if reaches_level(&text[phrase::clause_start(text, at, sentence)..at]) => {
            (year, year)
        }
        Some(from) => {
            let single = named.is_some() || SINGLE_YEAR_WORDS.iter().any(|w| before.contains(w));
            if single && !multi {
                let y = named.unwrap_or(year);
                (y, y)
            } else {
                (from, year)
            }
        }
        None if multi => match part.kind {
            PartKind::Summary => (year - 4, year),
            PartKind::Plan => (year, year + 4),
        },
        None => match named {
            Some(y) if part.kind == PartKind::Plan && y > year => (year, y),
            // "明年将安排200亿元" in this year's plan is next year's figure.
            None if part.kind == PartKind::Plan && before.contains(NEXT_YEAR) => {
                (year + 1, year + 1)
            }
            _ => (year, year),
        },
    })
}

/// A clause that says where a level stands at the end of a review ("已扩大到全国86%的县",
/// "覆盖24%的县"): the state of the last year, not a sum over the years; what was
/// added or summed (新增, 累计) stays a figure of the whole period.
fn reaches_level(clause: &str) -> bool {
    LEVEL_VERBS.iter().any(|w| clause.contains(w)) && !FLOW_WORDS.iter().any(|w| clause.contains(w))
}

/// The label of a clause that follows "label：" in the same sentence.
fn label_before(text: &str, at: usize, sentence: usize) -> Option<String> {
    let clause = phrase::clause_start(text, at, sentence);
    let head = text[sentence..clause].trim_end();
    let colon = head.strip_suffix(['：', ':'])?;
    let start = phrase::clause_start(text, sentence + colon.len(), sentence);
    let label = phrase::clean_metric(&text[start..sentence + colon.len()]);
    (!label.is_empty()).then_some(label)
}

/// Metric, quote and figure of one quantity.
fn describe(text: &str, q: &Quantity, floor: usize) -> Item {
    let start = phrase::quote_start(text, q.start, floor);
    let mut metric =
        phrase::clean_metric(&text[phrase::metric_start(text, q.start, floor)..q.start]);
    // The metric reads across a wrapped line; the quote stays on the figure's line, so
    // that it is the same text whatever line ends the file uses.
    let start = text[start..q.start]
        .rfind(['\n', '\r'])
        .map_or(start, |nl| start + nl + 1);
    let mut end = phrase::with_trailing_op(text, q.end);
    // "完成20万平方米旧住房成套改造", "2343个县（市、区）开展…试点": where the words
    // before a figure name nothing, or only examples of the thing ("土地、矿产、房屋等"),
    // a reader finds the thing counted after it.
    let examples = metric.ends_with('等');
    let weak = examples
        || phrase::names_nothing(&metric)
        || phrase::is_verb_only(&metric)
        || phrase::is_filler_only(&metric);
    // A sum is known by its fund ("200亿元技改专项资金"), the counted noun below, not by
    // what it supports, unless the sum is said of a thing ("总规模1000亿元的…基金"); a
    // share's words after it ("80%的县") are its base, and its subject is found before.
    let of_thing = text[end..].starts_with('的');
    let counted = match q.kind {
        Kind::Count | Kind::Measure => phrase::counted_after(text, end),
        Kind::Money if of_thing => phrase::counted_after(text, end),
        _ => end..end,
    };
    if (weak || of_thing) && !counted.is_empty() {
        if examples {
            metric.clear();
        }
        metric = phrase::clean_metric(&format!("{metric}{}", &text[counted.clone()]));
        end = counted.end;
    } else if matches!(q.kind, Kind::Count | Kind::Money) && !q.unit.is_empty() {
        let noun = phrase::counted_noun(text, end);
        if !noun.is_empty() && (metric.chars().count() <= 4 || noun.chars().count() >= 2) {
            metric.push_str(noun);
            end += noun.len();
        }
    }
    // "拟投入433亿元用于促进就业": a sum is known by what it is for.
    if matches!(q.kind, Kind::Money) {
        if let Some(purpose) = phrase::purpose_after(text, end) {
            metric.push_str(purpose);
        }
    }
    Item::of(text, q, start..end, metric, None)
}

impl Item {
    /// The item for quantity `q`, quoted by `span` of `text`.
    fn of(
        text: &str,
        q: &Quantity,
        span: std::ops::Range<usize>,
        metric: String,
        row: Option<usize>,
    ) -> Item {
        Item {
            section: String::new(),
            quote: text[span.clone()].to_string(),
            metric,
            op: q.op,
            value: q.value,
            min: q.min,
            max: q.max,
            unit: q.unit.clone(),
            kind: q.kind,
            start: span.start,
            end: span.end,
            row,
            more: q.more || q.op == Op::Gt,
            period: None,
            part_year: false,
            topic: String::new(),
        }
    }
}

#[cfg(test)]
mod tests;
