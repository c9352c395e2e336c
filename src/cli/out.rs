//! Standard output for every command: buffered, and every write checked, so a reader
//! that goes away (`| head`) ends the program quietly and a full disk is one sentence.

use plantrack::{Error, Result};
use std::fmt::Display;
use std::io::{BufWriter, Stdout, Write};

pub struct Out(BufWriter<Stdout>);

impl Out {
    pub fn new() -> Self {
        Out(BufWriter::new(std::io::stdout()))
    }

    pub fn text(&mut self, s: &str) -> Result<()> {
        self.0.write_all(s.as_bytes()).map_err(Error::Output)
    }

    pub fn line(&mut self, s: impl Display) -> Result<()> {
        writeln!(self.0, "{s}").map_err(Error::Output)
    }

    /// Pretty JSON written straight to the stream, without a string of it first.
    pub fn json<T: serde::Serialize>(&mut self, value: &T) -> Result<()> {
        serde_json::to_writer_pretty(&mut self.0, value).map_err(|e| match e.io_error_kind() {
            Some(_) => Error::Output(e.into()),
            None => Error::Usage(format!("cannot encode JSON: {e}")),
        })?;
        self.line("")
    }

    pub fn flush(&mut self) -> Result<()> {
        self.0.flush().map_err(Error::Output)
    }

    /// Flush what is buffered; the error of a last write is reported, not lost in a drop.
    pub fn finish(mut self) -> Result<()> {
        self.0.flush().map_err(Error::Output)
    }
}
