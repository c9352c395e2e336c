//! The detail pane of the selected row: the goal's text with the target's quote
//! highlighted, the target, its actual and match, the manual note, and the same
//! metric across the issuer's years.

use super::ASCII_BORDER;
use crate::judge::Judgement;
use crate::model::{Goal, Target};
use crate::tui::app::App;
use crate::tui::history::{across_years, YearPoint};
use crate::tui::index::PlanView;
use crate::tui::label::{counts_label, figure, MANUAL_MARK};
use crate::tui::row::RowKind;
use crate::tui::text::num;
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

/// Width of the widest bar in the multi-year chart.
const BAR: usize = 20;

pub fn draw(frame: &mut Frame, app: &App, area: Rect, beside: bool) {
    let lines = match app.selected_row() {
        None if app.pending > 0 => vec![Line::from("loading plan files...")],
        None => vec![Line::from(
            "no plan files found: pass plan files or folders, or make them with `plantrack import`",
        )],
        Some(row) => {
            let p = &app.plans[row.plan];
            match row.kind {
                RowKind::Plan | RowKind::Error | RowKind::Warning(_) => plan_lines(&app.theme, p),
                RowKind::Goal(g) => goal_lines(&app.theme, p, g),
                RowKind::Target(g, t) => target_lines(app, p, g, t),
            }
        }
    };
    let block = Block::new()
        .borders(if beside { Borders::LEFT } else { Borders::TOP })
        .border_set(ASCII_BORDER);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((app.detail_scroll, 0)),
        area,
    );
}

fn field<'a>(t: &Theme, name: &'a str, value: String) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{name}: "), t.heading()),
        Span::raw(value),
    ])
}

fn plan_lines<'a>(t: &Theme, p: &'a PlanView) -> Vec<Line<'a>> {
    let mut lines = vec![Line::from(Span::styled(p.label(), t.heading()))];
    if let Some(e) = &p.error {
        lines.push(Line::from(Span::styled(
            "could not load this plan file",
            t.error(),
        )));
        lines.push(Line::from(e.as_str()));
        return lines;
    }
    let m = &p.plan.meta;
    lines.push(Line::from(m.title.as_str()));
    lines.push(field(t, "file", p.path.display().to_string()));
    if let Some(s) = &m.source {
        lines.push(field(t, "plan", s.clone()));
    }
    if let Some(s) = &m.summary {
        lines.push(field(t, "summary", s.clone()));
    }
    if let Some(d) = &m.doc_number {
        lines.push(field(t, "number", d.clone()));
    }
    lines.push(field(t, "targets", super::header::totals(&p.total)));
    for w in &p.warnings {
        lines.push(Line::from(vec![
            Span::styled("warning: ", t.warning()),
            Span::raw(w.as_str()),
        ]));
    }
    lines
}

/// The goal's text with `quotes` highlighted wherever they occur.
fn highlighted<'a>(t: &Theme, text: &'a str, quotes: &[&str]) -> Line<'a> {
    let mut spans = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let next = quotes
            .iter()
            .filter(|q| !q.is_empty())
            .filter_map(|q| text[at..].find(*q).map(|i| (at + i, q.len())))
            .min();
        match next {
            Some((start, len)) => {
                if start > at {
                    spans.push(Span::raw(&text[at..start]));
                }
                spans.push(Span::styled(&text[start..start + len], t.highlight()));
                at = start + len;
            }
            None => {
                spans.push(Span::raw(&text[at..]));
                break;
            }
        }
    }
    Line::from(spans)
}

fn goal_head<'a>(t: &Theme, p: &PlanView, g: usize) -> Line<'a> {
    let c = p.counts[g];
    Line::from(vec![
        Span::styled(c.rollup().mark(), t.rollup(c.rollup())),
        Span::styled(format!(" {}", p.goal_label(g)), t.heading()),
        Span::styled(format!("  {}", counts_label(&c)), t.dim()),
    ])
}

fn goal_text<'a>(t: &Theme, goal: &'a Goal, quotes: &[&str]) -> Vec<Line<'a>> {
    if goal.text.is_empty() {
        return vec![Line::from(Span::styled("(no text)", t.dim()))];
    }
    goal.text
        .lines()
        .map(|l| highlighted(t, l, quotes))
        .collect()
}

fn goal_lines<'a>(t: &Theme, p: &'a PlanView, g: usize) -> Vec<Line<'a>> {
    let goal = &p.plan.goals[g];
    let quotes: Vec<&str> = goal.targets.iter().map(|x| x.quote.as_str()).collect();
    let mut lines = vec![goal_head(t, p, g), Line::from("")];
    lines.extend(goal_text(t, goal, &quotes));
    if !goal.targets.is_empty() {
        lines.push(Line::from(""));
    }
    for (target, j) in goal.targets.iter().zip(&p.judgements[g]) {
        lines.push(Line::from(vec![
            Span::styled(j.verdict.mark(), t.verdict(j.verdict)),
            Span::raw(format!(" {} {}", target.metric, figure(target))),
        ]));
    }
    lines
}

fn target_lines<'a>(app: &'a App, p: &'a PlanView, g: usize, i: usize) -> Vec<Line<'a>> {
    let t = &app.theme;
    let goal = &p.plan.goals[g];
    let target = &goal.targets[i];
    let j = &p.judgements[g][i];
    let mut lines = vec![goal_head(t, p, g), Line::from("")];
    lines.extend(goal_text(t, goal, &[target.quote.as_str()]));
    if !goal.text.contains(&target.quote) {
        lines.push(highlighted(t, &target.quote, &[target.quote.as_str()]));
    }
    lines.push(Line::from(""));
    lines.push(verdict_line(t, j));
    lines.push(field(
        t,
        "target",
        format!("{} {}", target.metric, figure(target)),
    ));
    lines.extend(actual_lines(t, target));
    if let Some(m) = &target.manual {
        let status = m.status.map_or("none", |s| s.as_str());
        lines.push(Line::from(vec![
            Span::styled(format!("{MANUAL_MARK} manual: "), t.manual()),
            Span::raw(format!("{status}  {}", m.note)),
        ]));
    }
    let history = across_years(&app.plans, &p.plan.meta.issuer, target);
    if history.len() > 1 {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            format!("{} across years (target / actual)", target.metric),
            t.heading(),
        )));
        lines.extend(chart(t, &history));
    }
    lines
}

fn verdict_line<'a>(t: &Theme, j: &Judgement) -> Line<'a> {
    let mut spans = vec![
        Span::styled(
            format!("{} {}", j.verdict.mark(), j.verdict),
            t.verdict(j.verdict),
        ),
        Span::raw(format!(": {}", j.reason)),
    ];
    if let Some(r) = j.ratio {
        spans.push(Span::styled(
            format!("  ({:.0}% of target)", r * 100.0),
            t.dim(),
        ));
    }
    Line::from(spans)
}

fn actual_lines<'a>(t: &Theme, target: &'a Target) -> Vec<Line<'a>> {
    let Some(a) = &target.actual else {
        return vec![field(t, "actual", "none reported".into())];
    };
    let mut lines = vec![
        field(
            t,
            "actual",
            format!("{}{} ({})", num(a.value), a.unit, a.metric),
        ),
        Line::from(vec![
            Span::styled("quote: ", t.heading()),
            Span::styled(a.quote.as_str(), t.highlight()),
        ]),
        field(t, "from", a.source.clone()),
    ];
    if a.score.is_some() || a.reason.is_some() {
        let score = a.score.map(|s| format!("{s:.2} ")).unwrap_or_default();
        lines.push(field(
            t,
            "match",
            format!("{score}{}", a.reason.as_deref().unwrap_or("")),
        ));
    }
    lines
}

/// One line per year: the target's and the actual's bars on a common scale.
fn chart<'a>(t: &Theme, points: &[YearPoint]) -> Vec<Line<'a>> {
    let max = points
        .iter()
        .flat_map(|p| [p.target, p.actual])
        .flatten()
        .fold(0.0_f64, |m, v| m.max(v.abs()));
    let bar = |v: Option<f64>| -> String {
        match v {
            Some(v) if max > 0.0 => "#".repeat(((v.abs() / max) * BAR as f64).round() as usize),
            _ => String::new(),
        }
    };
    let show = |v: Option<f64>| v.map(num).unwrap_or_else(|| "-".into());
    let mut lines = Vec::new();
    for p in points {
        let style: Style = t.verdict(p.verdict);
        lines.push(Line::from(vec![
            Span::styled(format!("{} {} ", p.verdict.mark(), p.year), style),
            Span::styled(format!("{:<BAR$}", bar(p.target)), t.dim()),
            Span::raw(format!(" target {}{}", show(p.target), p.unit)),
        ]));
        lines.push(Line::from(vec![
            Span::raw("       "),
            Span::styled(format!("{:<BAR$}", bar(p.actual)), style),
            Span::raw(format!(" actual {}{}", show(p.actual), p.unit)),
        ]));
    }
    lines
}
