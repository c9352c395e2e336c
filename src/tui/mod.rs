//! The review workbench: walk the goal tree, read the evidence, record a verdict.
//!
//! One model ([`App`]), one message type ([`Msg`]), one pure [`update`] that returns
//! [`Effect`]s; only [`run`] touches the terminal and, through `store`, the files.

pub mod app;
pub mod clipboard;
pub mod export;
pub mod filter;
pub mod haystack;
pub mod history;
pub mod index;
pub mod keymap;
pub mod label;
pub mod load;
pub mod msg;
pub mod nodes;
pub mod row;
pub mod run;
pub mod search;
pub mod sort;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod tree;
pub mod update;
pub mod view;
pub mod watch;

pub use app::{App, Mode};
pub use filter::Filter;
pub use index::{PlanSlot, PlanView};
pub use msg::{Effect, Msg};
pub use row::{Row, RowKey, RowKind};
pub use run::run;
pub use update::update;
pub use view::draw;
