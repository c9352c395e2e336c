use plantrack::{Error, Result};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Plan files to validate.
    #[arg(required = true)]
    pub plans: Vec<PathBuf>,
}

pub fn run(_: Args) -> Result<ExitCode> {
    Err(Error::Usage("check is not built yet".into()))
}
