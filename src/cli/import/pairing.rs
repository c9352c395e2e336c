//! Finding each plan's summary among thousands of documents without comparing it
//! with every one: summaries are indexed by the year they report on and by their
//! issuer name read backwards, since two names of one body (上海市嘉定区科委, 嘉定区科委)
//! always share the shorter one as a suffix. The final choice is still
//! [`find_summary`]'s, over the few candidates the index yields.

use plantrack::link::pair::{find_summary, normalize_issuer, DocInfo};
use plantrack::model::DocKind;
use std::collections::HashMap;

pub struct SummaryIndex {
    /// Per reported year: (normalized issuer reversed, document index), sorted.
    by_year: HashMap<i32, Vec<(String, usize)>>,
}

fn reversed(s: &str) -> String {
    s.chars().rev().collect()
}

impl SummaryIndex {
    pub fn new(infos: &[DocInfo]) -> SummaryIndex {
        let mut by_year: HashMap<i32, Vec<(String, usize)>> = HashMap::new();
        for (i, d) in infos.iter().enumerate() {
            let Some(year) = d.summary_year else { continue };
            if !matches!(d.kind, DocKind::Summary | DocKind::Combined) {
                continue;
            }
            let name = normalize_issuer(&d.issuer);
            if !name.is_empty() {
                by_year.entry(year).or_default().push((reversed(&name), i));
            }
        }
        for v in by_year.values_mut() {
            v.sort();
        }
        SummaryIndex { by_year }
    }

    /// The summary (index into `infos`) that reports on `year` from `issuer`.
    pub fn find(&self, infos: &[DocInfo], issuer: &str, year: i32) -> Option<usize> {
        let entries = self.by_year.get(&year)?;
        let key = reversed(&normalize_issuer(issuer));
        if key.is_empty() {
            return None;
        }
        let mut found: Vec<usize> = Vec::new();
        // Names that end the plan's issuer name: the reversed key's prefixes.
        for (end, _) in key.char_indices().skip(1).chain([(key.len(), ' ')]) {
            let prefix = &key[..end];
            let from = entries.partition_point(|(k, _)| k.as_str() < prefix);
            found.extend(
                entries[from..]
                    .iter()
                    .take_while(|(k, _)| k == prefix)
                    .map(|(_, i)| *i),
            );
        }
        // Names the plan's issuer name ends.
        let from = entries.partition_point(|(k, _)| k.as_str() < key.as_str());
        found.extend(
            entries[from..]
                .iter()
                .take_while(|(k, _)| k.starts_with(&key))
                .filter(|(k, _)| *k != key)
                .map(|(_, i)| *i),
        );
        found.sort_unstable();
        found.dedup();
        let wanted = DocInfo {
            issuer: issuer.to_string(),
            kind: DocKind::Plan,
            plan_year: Some(year),
            summary_year: None,
        };
        let candidates: Vec<DocInfo> = found.iter().map(|&i| infos[i].clone()).collect();
        find_summary(&wanted, &candidates).map(|k| found[k])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(issuer: &str, kind: DocKind, plan: Option<i32>, summary: Option<i32>) -> DocInfo {
        DocInfo {
            issuer: issuer.into(),
            kind,
            plan_year: plan,
            summary_year: summary,
        }
    }

    /// The index must choose exactly what a scan of every document chooses.
    #[test]
    fn agrees_with_a_full_scan() {
        let infos = vec![
            info(
                "上海市嘉定区科学技术委员会",
                DocKind::Plan,
                Some(2014),
                None,
            ),
            info("嘉定区科委", DocKind::Summary, None, Some(2014)),
            info(
                "上海市嘉定区科学技术委员会",
                DocKind::Summary,
                None,
                Some(2014),
            ),
            info("青浦区科委", DocKind::Combined, Some(2017), Some(2016)),
            info(
                "上海市青浦区科学技术委员会",
                DocKind::Summary,
                None,
                Some(2016),
            ),
            info("科学技术委员会", DocKind::Summary, None, Some(2014)),
            info("普陀区科委", DocKind::Summary, None, Some(2013)),
            info("", DocKind::Summary, None, Some(2014)),
        ];
        let index = SummaryIndex::new(&infos);
        for issuer in [
            "上海市嘉定区科学技术委员会",
            "嘉定区科委",
            "青浦区科委",
            "上海市青浦区科委",
            "普陀区科学技术委员会",
            "科委",
            "",
        ] {
            for year in 2012..2018 {
                let wanted = info(issuer, DocKind::Plan, Some(year), None);
                assert_eq!(
                    index.find(&infos, issuer, year),
                    find_summary(&wanted, &infos),
                    "{issuer} {year}"
                );
            }
        }
        // And it does find them: the exact name wins over the short form.
        assert_eq!(
            index.find(&infos, "上海市嘉定区科学技术委员会", 2014),
            Some(2)
        );
        assert_eq!(index.find(&infos, "上海市青浦区科委", 2016), Some(4));
    }
}
