//! The keys each table of a plan file may hold, and the wording of what was expected.

pub(crate) const ROOT_KEYS: &[&str] = &["plan", "goal"];
pub(crate) const PLAN_KEYS: &[&str] = &[
    "title",
    "issuer",
    "year",
    "source",
    "summary",
    "source_url",
    "doc_number",
    "published",
];
pub(crate) const GOAL_KEYS: &[&str] = &["id", "title", "text", "target"];
pub(crate) const TARGET_KEYS: &[&str] = &[
    "metric", "op", "value", "min", "max", "unit", "quote", "status", "note", "actual",
];
pub(crate) const ACTUAL_KEYS: &[&str] = &[
    "value", "unit", "quote", "source", "metric", "more", "match",
];
pub(crate) const MATCH_KEYS: &[&str] = &["score", "reason"];

/// The `source` of an actual a reviewer wrote by hand: the tool never replaces it.
pub const MANUAL_SOURCE: &str = "manual";

/// "unknown key `vaule` in [[goal.target]], expected one of: ... (did you mean `value`?)"
pub(crate) fn unknown_key(key: &str, table: &str, allowed: &[&str]) -> String {
    let mut msg = format!(
        "unknown key `{key}` in {table}, expected one of: {}",
        allowed.join(", ")
    );
    if let Some(near) = nearest(key, allowed) {
        msg.push_str(&format!(" (did you mean `{near}`?)"));
    }
    msg
}

/// The allowed key a typo most likely meant: at most two edits away.
pub(crate) fn nearest<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    allowed
        .iter()
        .map(|a| (edit_distance(key, a), *a))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}

/// Optimal string alignment distance, so a swap of two letters (`vaule`) counts as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// How a TOML value's type reads in a message.
pub(crate) fn type_name(item: &toml_edit::Item) -> &'static str {
    use toml_edit::{Item, Value};
    match item {
        Item::None => "nothing",
        Item::Table(_) => "a table",
        Item::ArrayOfTables(_) => "an array of tables",
        Item::Value(v) => match v {
            Value::String(_) => "a string",
            Value::Integer(_) => "an integer",
            Value::Float(_) => "a float",
            Value::Boolean(_) => "a boolean",
            Value::Datetime(_) => "a date",
            Value::Array(_) => "an array",
            Value::InlineTable(_) => "an inline table",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_swapped_typo_suggests_the_key() {
        let msg = unknown_key("vaule", "[[goal.target]]", TARGET_KEYS);
        assert!(msg.ends_with("(did you mean `value`?)"), "{msg}");
        assert!(msg.contains("expected one of: metric, op, value"), "{msg}");
        assert!(!unknown_key("zzzzzz", "[plan]", PLAN_KEYS).contains("did you mean"));
    }
}
