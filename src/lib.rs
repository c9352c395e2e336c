//! plantrack reads Chinese government work plans (工作要点) and summaries (工作总结),
//! and judges every numeric target met, missed or unmeasured.
//!
//! Data flows one way through small stages:
//!
//! | stage | module | what it holds |
//! | --- | --- | --- |
//! | text in | [`read`] | encodings, HTML, web debris → one UTF-8 text |
//! | goal tree | [`outline`] | document kind, issuer, years; headings as path ids |
//! | numbers | [`quantity`] | numerals, units, scales, comparison words |
//! | targets/actuals | [`extract`] | commitments and reported figures with metrics |
//! | link | [`link`] | each target's actual, with score and reason |
//! | judge | [`judge`] | verdicts, completion ratios, roll-up |
//! | output | [`report`], [`tui`] | what the reviewer reads |
//!
//! [`model`] is the plan as plain data; [`store`] is the only module that touches files.

pub mod analyse;
pub mod error;
pub mod extract;
pub mod import;
pub mod judge;
pub mod link;
pub mod model;
pub mod outline;
pub mod quantity;
pub mod read;
pub mod report;
pub mod store;
pub mod tui;
pub mod vocab;

pub use error::{Error, Result};
