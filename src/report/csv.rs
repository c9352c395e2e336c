//! `report --format csv`: one row per listed target, a header, UTF-8, RFC 4180 quoting.

use super::select::select;
use super::Options;
use crate::judge::trim_float;
use crate::model::Plan;
use std::path::PathBuf;

pub const HEADER: &[&str] = &[
    "file",
    "issuer",
    "year",
    "plan_title",
    "goal_id",
    "goal_title",
    "metric",
    "op",
    "value",
    "min",
    "max",
    "unit",
    "status",
    "manual",
    "note",
    "quote",
    "actual_value",
    "actual_unit",
    "actual_quote",
    "actual_source",
];

pub fn render(plans: &[(PathBuf, Plan)], opts: &Options) -> String {
    let mut out = row(HEADER.iter().map(|s| s.to_string()));
    let num = |v: Option<f64>| v.map(trim_float).unwrap_or_default();
    for v in select(plans, &opts.filter) {
        let m = &v.plan.meta;
        for (g, tv) in v.targets() {
            let t = tv.target;
            let a = t.actual.as_ref();
            out.push_str(&row([
                v.file.to_string_lossy().into_owned(),
                m.issuer.clone(),
                m.year.to_string(),
                m.title.clone(),
                g.goal.id.clone(),
                g.goal.title.clone(),
                t.metric.clone(),
                t.op.as_str().into(),
                num(t.value),
                num(t.min),
                num(t.max),
                t.unit.clone(),
                tv.judgement.verdict.as_str().into(),
                tv.judgement.manual.to_string(),
                t.manual
                    .as_ref()
                    .map(|m| m.note.clone())
                    .unwrap_or_default(),
                t.quote.clone(),
                num(a.map(|a| a.value)),
                a.map(|a| a.unit.clone()).unwrap_or_default(),
                a.map(|a| a.quote.clone()).unwrap_or_default(),
                a.map(|a| a.source.clone()).unwrap_or_default(),
            ]));
        }
    }
    out
}

fn row(cells: impl IntoIterator<Item = String>) -> String {
    let cells: Vec<String> = cells.into_iter().map(|c| field(&c)).collect();
    format!("{}\r\n", cells.join(","))
}

/// A field quoted when it holds a comma, quote or line break; quotes doubled.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(field("新增孵化器"), "新增孵化器");
        assert_eq!(field("1192.49亿元\n1.6%"), "\"1192.49亿元\n1.6%\"");
        assert_eq!(field("say \"hi\", ok"), "\"say \"\"hi\"\", ok\"");
    }
}
