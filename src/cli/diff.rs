//! `plantrack diff`: two years' plans of one issuer, target by target.

use super::{color_wanted, Format, Out};
use plantrack::report::diff::{diff, render_json, render_text};
use plantrack::{store, Result};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The earlier plan file.
    pub plan_a: PathBuf,
    /// The later plan file.
    pub plan_b: PathBuf,
    /// text or json.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let a = store::load_plan(&args.plan_a)?;
    let b = store::load_plan(&args.plan_b)?;
    let entries = diff(&a, &b);
    let (sa, sb) = ((args.plan_a.as_path(), &a), (args.plan_b.as_path(), &b));
    let mut out = Out::new();
    match args.format {
        Format::Text => out.text(&render_text(sa, sb, &entries, color_wanted()))?,
        Format::Json => out.json(&render_json(sa, sb, &entries))?,
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
