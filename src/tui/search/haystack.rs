//! One plan's searchable text in one lowercased string, node after node, so a query
//! is a single substring scan and each hit maps back to its node by binary search.

use crate::tui::index::PlanView;
use crate::tui::tree::RowKind;

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

impl Haystack {
    /// The plan row's label and title, error and warning texts, goals' ids, titles and
    /// text, and targets' quotes and metrics.
    pub fn build(p: &PlanView) -> Haystack {
        let nodes = &p.layout.nodes;
        let mut h = Haystack {
            text: String::new(),
            starts: Vec::with_capacity(nodes.len() + 1),
        };
        let label = p.label();
        for n in nodes {
            h.starts.push(h.text.len() as u32);
            let fields: [&str; 3] = match n.kind {
                RowKind::Plan => [&label, &p.plan.meta.title, ""],
                RowKind::Error => [p.error.as_deref().unwrap_or(""), "", ""],
                RowKind::Warning(w) => [&p.warnings[w], "", ""],
                RowKind::Goal(g) => {
                    let goal = &p.plan.goals[g];
                    [&goal.id, &goal.title, &goal.text]
                }
                RowKind::Target(g, t) => {
                    let target = &p.plan.goals[g].targets[t];
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

    /// The positions of the nodes whose text holds `q` (case-folded), in order.
    pub fn hits(&self, q: &str) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        if q.is_empty() || q.contains(SEP) {
            return out;
        }
        for at in memchr::memmem::find_iter(self.text.as_bytes(), q.as_bytes()) {
            let pos = self.starts.partition_point(|&s| s as usize <= at) - 1;
            if out.last() != Some(&(pos as u32)) {
                out.push(pos as u32);
            }
        }
        out
    }

    /// Whether node `pos`'s text holds `q` (case-folded).
    pub fn node_has(&self, pos: u32, q: &str) -> bool {
        let (a, b) = (self.starts[pos as usize], self.starts[pos as usize + 1]);
        memchr::memmem::find(&self.text.as_bytes()[a as usize..b as usize], q.as_bytes()).is_some()
    }
}
