use super::{warn, Format, Out};
use plantrack::{quantity, store, Error, Result};
use std::io::IsTerminal;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The text to scan; "-" or nothing reads stdin.
    pub file: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let text = match args.file.as_deref() {
        Some(p) if p.as_os_str() != "-" => store::read_document(p)?.text,
        _ => {
            if std::io::stdin().is_terminal() {
                warn("reading the text from the terminal; end it with Ctrl-D, or pass a FILE");
            }
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| Error::io("<stdin>", e))?;
            plantrack::read::read_bytes(&buf).text
        }
    };
    let found = quantity::find(&text);
    let mut out = Out::new();
    match args.format {
        Format::Json => {
            let rows: Vec<_> = found.iter().map(scaled).collect();
            out.json(&serde_json::json!({ "quantities": rows }))?
        }
        Format::Text => {
            for q in &found {
                let value = match (q.value, q.min, q.max) {
                    (Some(v), _, _) => plantrack::judge::trim_float(v),
                    (None, Some(lo), Some(hi)) => format!(
                        "{}-{}",
                        plantrack::judge::trim_float(lo),
                        plantrack::judge::trim_float(hi)
                    ),
                    _ => "?".into(),
                };
                out.line(format_args!(
                    "{}..{}\t{}\t{} {}{}",
                    q.start, q.end, q.text, q.op, value, q.unit
                ))?;
            }
        }
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// A quantity for scripts: the value is the number itself, with any 万/亿 scale of its
/// unit folded in (3 亿元 -> 300000000, unit 元); `unit_written` keeps the unit as written.
fn scaled(q: &quantity::Quantity) -> serde_json::Value {
    let fold = |v: Option<f64>| v.map(|v| quantity::units::normalize(v, &q.unit).0);
    let mut row = serde_json::to_value(q).unwrap_or_default();
    row["value"] = serde_json::json!(fold(q.value));
    row["min"] = serde_json::json!(fold(q.min));
    row["max"] = serde_json::json!(fold(q.max));
    row["unit"] = serde_json::json!(quantity::units::normalize(1.0, &q.unit).1);
    row["unit_written"] = serde_json::json!(q.unit);
    row
}
