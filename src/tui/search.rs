//! Incremental search over plan labels, goal ids, titles and text, target quotes and
//! metrics, and warnings, including nodes inside folds. A query's hits are found once
//! (one scan of each plan's [`Haystack`](super::haystack::Haystack)) and kept, so `n`/`N` are a binary search; a
//! query typed one more letter narrows the previous hits instead of scanning again.

use super::filter::Filter;
use super::haystack::fold_case;
use super::index::PlanView;
use memchr::memmem::Finder;
use std::ops::Range;

/// The nodes matching one query: per plan, node positions in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hits {
    /// The case-folded query.
    pub query: String,
    pub per_plan: Vec<Vec<u32>>,
}

/// The hits of `query`, reusing `cache` when it is the same query or a shorter one.
pub fn hits(plans: &[PlanView], cache: Option<Hits>, query: &str) -> Hits {
    let q = fold_case(query);
    let finder = Finder::new(q.as_bytes());
    let per_plan = match cache {
        Some(c) if c.per_plan.len() != plans.len() => None,
        Some(c) if c.query == q => return c,
        Some(c) if !c.query.is_empty() && q.starts_with(&c.query) => Some(
            plans
                .iter()
                .zip(c.per_plan)
                .map(|(p, mut old)| {
                    let h = p.haystack();
                    old.retain(|&pos| h.node_has(pos, &finder));
                    old
                })
                .collect(),
        ),
        _ => None,
    };
    Hits {
        per_plan: per_plan
            .unwrap_or_else(|| plans.iter().map(|p| p.haystack().hits(&finder)).collect()),
        query: q,
    }
}

/// The next (or previous) hit shown under `filter` after node `from` (plan index,
/// position), wrapping around; `include_from` lets `from` itself match (typing refines
/// the current hit). Hits are node positions per plan, in order: a query's, or the
/// missed targets. The node may sit inside folds: reveal it before selecting.
pub fn next(
    plans: &[PlanView],
    hits: &[Vec<u32>],
    filter: Filter,
    from: (usize, usize),
    forward: bool,
    include_from: bool,
) -> Option<(usize, usize)> {
    let n = plans.len().min(hits.len());
    if n == 0 {
        return None;
    }
    let (start, pos) = (from.0.min(n - 1), from.1 as u32);
    let shown = |pi: usize, h: &u32| plans[pi].admits(*h as usize, filter);
    let pick = |pi: usize, list: &[u32]| -> Option<(usize, usize)> {
        let found = if forward {
            list.iter().find(|h| shown(pi, h))
        } else {
            list.iter().rev().find(|h| shown(pi, h))
        };
        found.map(|&h| (pi, h as usize))
    };
    let own = &hits[start];
    // The start plan's hits split at `from`: those ahead come first, those behind last.
    let split = if forward != include_from {
        own.partition_point(|&h| h <= pos)
    } else {
        own.partition_point(|&h| h < pos)
    };
    let (behind, ahead) = if forward {
        (&own[..split], &own[split..])
    } else {
        (&own[split..], &own[..split])
    };
    if let Some(hit) = pick(start, ahead) {
        return Some(hit);
    }
    for step in 1..n {
        let pi = if forward {
            (start + step) % n
        } else {
            (start + n - step) % n
        };
        if let Some(hit) = pick(pi, &hits[pi]) {
            return Some(hit);
        }
    }
    pick(start, behind)
}

/// Where `needle` occurs in `hay`, ignoring the case of Latin letters (for
/// highlighting hits in the few rows on screen).
pub fn occurrences(hay: &str, needle: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let want: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    let mut at = 0;
    while at < hay.len() {
        let mut got = hay[at..]
            .char_indices()
            .flat_map(|(i, c)| c.to_lowercase().map(move |l| (i, c, l)));
        let mut end = None;
        for (k, w) in want.iter().enumerate() {
            match got.next() {
                Some((i, c, l)) if l == *w => {
                    if k + 1 == want.len() {
                        end = Some(at + i + c.len_utf8());
                    }
                }
                _ => break,
            }
        }
        match end {
            Some(e) => {
                out.push(at..e);
                at = e;
            }
            None => at += hay[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occurrences_ignore_latin_case_and_keep_byte_ranges() {
        let s = "专利申请量 GDP 与 gdp 专利";
        let r = occurrences(s, "专利");
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(|x| &s[x.clone()] == "专利"));
        let r = occurrences(s, "Gdp");
        let found: Vec<&str> = r.iter().map(|x| &s[x.clone()]).collect();
        assert_eq!(found, vec!["GDP", "gdp"]);
        assert!(occurrences(s, "孵化器").is_empty());
    }
}
