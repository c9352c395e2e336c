//! Plain data shared by every stage: comparison ops, verdicts, and the plan
//! (goals, targets, actuals, manual verdicts) as it lives in a plan file.
//! Nothing here reads or writes files; `store` does that.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How a target compares an actual with its figure (see gold/SCHEMA.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Op {
    #[default]
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "range")]
    Range,
    #[serde(rename = "approx")]
    Approx,
}

impl Op {
    pub const ALL: [Op; 6] = [Op::Ge, Op::Gt, Op::Le, Op::Lt, Op::Range, Op::Approx];

    pub fn as_str(self) -> &'static str {
        match self {
            Op::Ge => ">=",
            Op::Gt => ">",
            Op::Le => "<=",
            Op::Lt => "<",
            Op::Range => "range",
            Op::Approx => "approx",
        }
    }

    pub fn parse(s: &str) -> Option<Op> {
        Op::ALL.into_iter().find(|op| op.as_str() == s)
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The outcome of a target: computed by `judge`, or set by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Met,
    Missed,
    Unmeasured,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Verdict::Met, Verdict::Missed, Verdict::Unmeasured];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::Missed => "missed",
            Verdict::Unmeasured => "unmeasured",
        }
    }

    pub fn parse(s: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// The mark shown beside a verdict, so colour is never the only signal.
    pub fn mark(self) -> &'static str {
        match self {
            Verdict::Met => "✓",
            Verdict::Missed => "✗",
            Verdict::Unmeasured => "?",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a document holds: a plan, a summary, or a summary of year Y-1 followed by the plan of year Y.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    #[default]
    Plan,
    Summary,
    Combined,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Plan => "plan",
            DocKind::Summary => "summary",
            DocKind::Combined => "combined",
        }
    }
}

/// One plan file: the plan of one issuer for one year.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub meta: PlanMeta,
    pub goals: Vec<Goal>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanMeta {
    pub title: String,
    pub issuer: String,
    pub year: i32,
    /// The plan document, relative to the plan file.
    pub source: Option<String>,
    /// The document that reports on `year`, relative to the plan file.
    pub summary: Option<String>,
    pub source_url: Option<String>,
    pub doc_number: Option<String>,
    /// Publication date as written in the file (YYYY-MM-DD).
    pub published: Option<String>,
}

/// A node of the goal tree. The tree is implied by path ids: "一", "一.(二)", "一.(二).3".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Goal {
    pub id: String,
    pub title: String,
    /// The goal's full source text.
    pub text: String,
    pub targets: Vec<Target>,
}

impl Goal {
    /// The id of the parent goal, if this is not a top-level goal.
    pub fn parent_id(&self) -> Option<&str> {
        parent_id(&self.id)
    }

    pub fn depth(&self) -> usize {
        self.id.split('.').count()
    }
}

/// The parent of a path id: "一.(二).3" -> "一.(二)"; a top-level id has none.
pub fn parent_id(id: &str) -> Option<&str> {
    id.rfind('.').map(|i| &id[..i])
}

/// A numeric commitment of the plan.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Target {
    pub metric: String,
    pub op: Op,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: String,
    pub quote: String,
    pub actual: Option<Actual>,
    /// A reviewer's verdict; it wins over the computed one and the tool never overwrites it.
    pub manual: Option<Manual>,
}

impl Target {
    /// The figure the target is measured against: the value, or for a range its minimum.
    pub fn threshold(&self) -> Option<f64> {
        match self.op {
            Op::Range => self.min.or(self.value),
            _ => self.value.or(self.min),
        }
    }
}

/// A reported figure that measures a target, with where it came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Actual {
    pub value: f64,
    pub unit: String,
    pub quote: String,
    /// The summary document it was read from, relative to the plan file, or "manual".
    pub source: String,
    pub metric: String,
    /// The summary reports more than `value` ("突破100亿元", "6700多公里"): it meets
    /// a "more than" target of that value, and misses a ceiling at it.
    pub more: bool,
    pub score: Option<f64>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Manual {
    pub status: Option<Verdict>,
    pub note: String,
}
