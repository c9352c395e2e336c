use super::{print_json, Format};
use plantrack::analyse::{analyse, Analysis};
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
    match args.format {
        Format::Json => print_json(&to_json(&args.file, &analysis))?,
        _ => print_text(&analysis),
    }
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

fn print_text(a: &Analysis) {
    let m = &a.outline.meta;
    println!("{} ({}) {}", m.title, m.kind.as_str(), m.issuer);
    for s in &a.outline.sections {
        println!(
            "{}{} {}",
            "  ".repeat(s.depth.saturating_sub(1)),
            s.id,
            s.title
        );
        for t in a.targets.iter().filter(|t| t.section == s.id) {
            println!(
                "{}  → {} {} {:?} {}  「{}」",
                "  ".repeat(s.depth),
                t.metric,
                t.op,
                t.value.or(t.min),
                t.unit,
                t.quote
            );
        }
    }
}
