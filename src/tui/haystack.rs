//! One plan's searchable text in one lowercased string, node after node, so a query
//! is a single substring scan and each hit maps back to its node by binary search.

use super::nodes::Node;
use super::row::RowKind;
use crate::model::Plan;
use memchr::memmem::Finder;

/// Between fields and nodes: no typed query holds it, so no hit spans two fields.
const SEP: char = '\0';

#[derive(Debug, Clone, Default)]
pub struct Haystack {
    text: String,
    /// Where each node's text starts; one more entry marks the end.
    starts: Vec<u32>,
}

/// Lowercase for case-insensitive search of Latin letters; Chinese has no case.
pub fn fold_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_folded(&mut out, s);
    out
}

fn push_folded(out: &mut String, s: &str) {
    if s.is_ascii() {
        out.extend(s.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        out.extend(s.chars().flat_map(char::to_lowercase));
    }
}

/// The node holding byte `at`: the last of `starts` at or before it (`starts[0] <= at`).
/// Hits come in order, mostly a node or two apart, so the search gallops forward from the
/// first node before it bisects: a bisection of every remaining node per hit was most of
/// the time of a query that every goal matches.
fn node_at(starts: &[u32], at: u32) -> usize {
    let mut end = 1;
    while end < starts.len() && starts[end] <= at {
        end *= 2;
    }
    starts[..end.min(starts.len())].partition_point(|&s| s <= at) - 1
}

impl Haystack {
    /// The plan row's label and title, error and warning texts, goals' ids, titles and
    /// text, and targets' quotes and metrics, for the nodes of one plan's layout.
    pub fn build(
        nodes: &[Node],
        plan: &Plan,
        label: &str,
        error: Option<&str>,
        warnings: &[String],
    ) -> Haystack {
        let mut h = Haystack {
            text: String::new(),
            starts: Vec::with_capacity(nodes.len() + 1),
        };
        for n in nodes {
            h.starts.push(h.text.len() as u32);
            let fields: [&str; 3] = match n.kind {
                RowKind::Plan => [label, &plan.meta.title, ""],
                RowKind::Error => [error.unwrap_or(""), "", ""],
                RowKind::Warning(w) => [&warnings[w], "", ""],
                RowKind::Goal(g) => {
                    let goal = &plan.goals[g];
                    [&goal.id, &goal.title, &goal.text]
                }
                RowKind::Target(g, t) => {
                    let target = &plan.goals[g].targets[t];
                    [&target.quote, &target.metric, ""]
                }
            };
            for f in fields {
                push_folded(&mut h.text, f);
                h.text.push(SEP);
            }
        }
        h.starts.push(h.text.len() as u32);
        h
    }

    /// The positions of the nodes whose text holds the finder's query (case-folded),
    /// in order. After a hit the scan resumes at the next node: one hit per node is enough.
    pub fn hits(&self, q: &Finder) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        let text = self.text.as_bytes();
        if q.needle().is_empty() || q.needle().contains(&(SEP as u8)) {
            return out;
        }
        let (mut from, mut pos) = (0, 0);
        while let Some(i) = q.find(&text[from..]) {
            let at = (from + i) as u32;
            pos += node_at(&self.starts[pos..], at);
            out.push(pos as u32);
            from = self.starts[pos + 1] as usize;
        }
        out
    }

    /// Whether node `pos`'s text holds the finder's query (case-folded).
    pub fn node_has(&self, pos: u32, q: &Finder) -> bool {
        let (a, b) = (self.starts[pos as usize], self.starts[pos as usize + 1]);
        q.find(&self.text.as_bytes()[a as usize..b as usize])
            .is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::node_at;

    #[test]
    fn galloping_finds_the_node_a_bisection_finds() {
        let starts: Vec<u32> = (0..300u32).map(|i| i * 7 + i % 5).collect();
        for from in [0, 1, 2, 63, 64, 150, 298] {
            for at in starts[from]..starts[299] + 3 {
                let bisect = starts[from..].partition_point(|&s| s <= at) - 1;
                assert_eq!(node_at(&starts[from..], at), bisect, "from {from} at {at}");
            }
        }
    }
}
