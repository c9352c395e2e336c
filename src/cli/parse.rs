use super::{count, Format, Out};
use plantrack::analyse::{analyse, Analysis};
use plantrack::extract::Item;
use plantrack::model::Op;
use plantrack::report::figure;
use plantrack::{store, Result};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The document to read (text or HTML, UTF-8 or GB18030).
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let analysis = analyse(store::read_document(&args.file)?);
    let mut out = Out::new();
    match args.format {
        Format::Json => out.json(&to_json(&args.file, &analysis))?,
        Format::Text => print_text(&mut out, &analysis)?,
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// The `parse --format json` shape that scripts and the scorer rely on.
pub fn to_json(file: &Path, a: &Analysis) -> Value {
    let m = &a.outline.meta;
    json!({
        "doc": {
            "file": file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            "kind": m.kind,
            "issuer": m.issuer,
            "title": m.title,
            "plan_year": m.plan_year,
            "summary_year": m.summary_year,
            "doc_number": m.doc_number,
            "date": m.date,
            "source_url": a.doc.source_url,
        },
        "sections": a.outline.sections.iter().map(|s| json!({"id": s.id, "title": s.title})).collect::<Vec<_>>(),
        "parts": a.outline.parts,
        "targets": a.targets,
        "actuals": a.actuals,
    })
}

/// For people: the document's facts, then every target and actual in document order
/// under its section, figures written as a reader writes them, each with its quote.
fn print_text(out: &mut Out, a: &Analysis) -> Result<()> {
    let m = &a.outline.meta;
    let year =
        |label: &str, y: Option<i32>| y.map(|y| format!(", {label} {y}")).unwrap_or_default();
    out.line(format_args!(
        "{} ({}{}{}) {}",
        m.title,
        m.kind.as_str(),
        year("plans", m.plan_year),
        year("reviews", m.summary_year),
        m.issuer
    ))?;
    out.line(format_args!(
        "{}, {}",
        count(a.targets.len(), "target", "targets"),
        count(a.actuals.len(), "actual", "actuals")
    ))?;
    let mut items: Vec<(&Item, &str)> = a.targets.iter().map(|t| (t, "target")).collect();
    items.extend(a.actuals.iter().map(|t| (t, "actual")));
    items.sort_by_key(|(i, _)| i.start);
    let item_line = |out: &mut Out, depth: usize, (i, what): (&Item, &str)| {
        let figure = match what {
            "target" => figure::promise(i.op, i.value, i.min, i.max, &i.unit),
            // A result is a figure, not a comparison: only "more than" is said.
            _ => format!(
                "{}{}",
                figure::promise(Op::Approx, i.value, i.min, i.max, &i.unit)
                    .trim_start_matches("≈ "),
                if i.more { " or more" } else { "" }
            ),
        };
        out.line(format_args!(
            "{}{what} {}: {figure}  「{}」",
            "  ".repeat(depth + 1),
            if i.metric.is_empty() { "?" } else { &i.metric },
            i.quote
        ))
    };
    let loose: Vec<_> = items.iter().filter(|(i, _)| i.section.is_empty()).collect();
    if !loose.is_empty() {
        out.line("(before the first heading)")?;
        for &&item in &loose {
            item_line(out, 0, item)?;
        }
    }
    for s in &a.outline.sections {
        let depth = s.depth.saturating_sub(1);
        out.line(format_args!("{}{} {}", "  ".repeat(depth), s.id, s.title))?;
        for &item in items.iter().filter(|(i, _)| i.section == s.id) {
            item_line(out, depth, item)?;
        }
    }
    Ok(())
}
