//! Across plans: issuer × year, with met / missed / unmeasured counts in each cell.

use super::select::PlanView;
use super::width::align;
use crate::judge::Counts;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matrix {
    /// Issuers in order of first appearance; years ascending.
    pub issuers: Vec<String>,
    pub years: Vec<i32>,
    pub cells: BTreeMap<(String, i32), Counts>,
}

impl Matrix {
    pub fn build(views: &[PlanView]) -> Matrix {
        let mut m = Matrix::default();
        for v in views {
            m.add(&v.plan.meta.issuer, v.plan.meta.year, v.counts);
        }
        m
    }

    /// Adds one plan's counts to its issuer and year; years stay in ascending order.
    pub fn add(&mut self, issuer: &str, year: i32, counts: Counts) {
        if !self.issuers.iter().any(|i| i == issuer) {
            self.issuers.push(issuer.to_string());
        }
        if let Err(at) = self.years.binary_search(&year) {
            self.years.insert(at, year);
        }
        self.cells
            .entry((issuer.to_string(), year))
            .or_default()
            .merge(counts);
    }

    pub fn cell(&self, issuer: &str, year: i32) -> Option<Counts> {
        self.cells.get(&(issuer.to_string(), year)).copied()
    }

    fn grid(&self) -> Vec<Vec<String>> {
        let mut head = vec!["issuer \\ year".to_string()];
        head.extend(self.years.iter().map(|y| y.to_string()));
        let mut rows = vec![head];
        for issuer in &self.issuers {
            let mut row = vec![issuer.clone()];
            row.extend(
                self.years
                    .iter()
                    .map(|y| self.cell(issuer, *y).map(cell).unwrap_or("·".into())),
            );
            rows.push(row);
        }
        rows
    }

    /// Aligned text lines, with a legend.
    pub fn text(&self) -> Vec<String> {
        let mut lines = align(&self.grid());
        lines.push("(✓ met  ✗ missed  ? unmeasured)".into());
        lines
    }

    pub fn markdown(&self) -> String {
        let grid = self.grid();
        let mut out = String::new();
        for (i, row) in grid.iter().enumerate() {
            out.push_str(&format!("| {} |\n", row.join(" | ")));
            if i == 0 {
                out.push_str(&format!("|{}\n", " --- |".repeat(row.len())));
            }
        }
        out
    }
}

/// "3✓ 1✗ 2?"
fn cell(c: Counts) -> String {
    format!("{}✓ {}✗ {}?", c.met, c.missed, c.unmeasured)
}
