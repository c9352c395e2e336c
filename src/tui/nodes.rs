//! A plan's whole tree laid out once in display order (the plan row, its error or
//! warning rows, then each goal followed by its targets and its sub-goals), with where
//! each subtree ends. The visible rows for any folds and filter are then one linear
//! scan that jumps over folded or filtered subtrees, and a row's place in this order
//! (its position) makes rows searchable by binary search: rows keep this order.

use super::row::RowKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Node {
    pub kind: RowKind,
    pub depth: u16,
    /// The position just past this node's subtree.
    pub end: u32,
}

/// The nodes of one plan, and where each goal sits among them.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub nodes: Vec<Node>,
    pub goal_pos: Vec<u32>,
    /// The position of the first warning row.
    pub first_warning: u32,
}

/// Lay out a plan: `children`/`roots` give the goal tree, `targets[g]` the number of
/// targets of goal g. Parents precede their children in goal order.
pub fn layout(
    error: bool,
    warnings: usize,
    roots: &[usize],
    children: &[Vec<usize>],
    targets: &[usize],
) -> Layout {
    let n = children.len();
    // Subtree sizes by a reverse sweep: every child's index is above its parent's.
    let mut size: Vec<u32> = targets.iter().map(|&t| 1 + t as u32).collect();
    for g in (0..n).rev() {
        let below: u32 = children[g].iter().map(|&c| size[c]).sum();
        size[g] += below;
    }
    let total =
        1 + error as usize + warnings + roots.iter().map(|&r| size[r] as usize).sum::<usize>();
    let mut nodes = Vec::with_capacity(total);
    nodes.push(Node {
        kind: RowKind::Plan,
        depth: 0,
        end: total as u32,
    });
    let leaf = |kind, at: usize| Node {
        kind,
        depth: 1,
        end: at as u32 + 1,
    };
    if error {
        nodes.push(leaf(RowKind::Error, nodes.len()));
    }
    let first_warning = nodes.len() as u32;
    for w in 0..warnings {
        nodes.push(leaf(RowKind::Warning(w), nodes.len()));
    }
    let mut goal_pos = vec![0u32; n];
    // An explicit stack: a deeply nested outline must not overflow the call stack.
    let mut stack: Vec<(usize, u16)> = roots.iter().rev().map(|&g| (g, 1)).collect();
    while let Some((g, depth)) = stack.pop() {
        let at = nodes.len();
        goal_pos[g] = at as u32;
        nodes.push(Node {
            kind: RowKind::Goal(g),
            depth,
            end: (at as u32) + size[g],
        });
        for t in 0..targets[g] {
            let at = nodes.len();
            nodes.push(Node {
                kind: RowKind::Target(g, t),
                depth: depth + 1,
                end: at as u32 + 1,
            });
        }
        stack.extend(children[g].iter().rev().map(|&c| (c, depth + 1)));
    }
    Layout {
        nodes,
        goal_pos,
        first_warning,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goals_come_before_their_targets_and_subgoals_and_ends_close_subtrees() {
        // Goal 0 has goals 1 and 2 below it; goal 1 has two targets, goal 2 one.
        let children = vec![vec![1, 2], vec![], vec![]];
        let l = layout(false, 1, &[0], &children, &[0, 2, 1]);
        let kinds: Vec<RowKind> = l.nodes.iter().map(|n| n.kind).collect();
        use RowKind::*;
        assert_eq!(
            kinds,
            vec![
                Plan,
                Warning(0),
                Goal(0),
                Goal(1),
                Target(1, 0),
                Target(1, 1),
                Goal(2),
                Target(2, 0)
            ]
        );
        let ends: Vec<u32> = l.nodes.iter().map(|n| n.end).collect();
        assert_eq!(ends, vec![8, 2, 8, 6, 5, 6, 8, 8]);
        assert_eq!(l.goal_pos, vec![2, 3, 6]);
        assert_eq!(l.nodes[4].depth, 3);
    }
}
