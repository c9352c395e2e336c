use plantrack::{Error, Result};
use std::process::ExitCode;

#[derive(clap::Args, Debug, Default)]
pub struct Args {
    pub rest: Vec<String>,
}

pub fn run(_: Args) -> Result<ExitCode> {
    Err(Error::Usage("this command is not built yet".into()))
}
