//! What reaches `update` (input, loaded files) and what it asks the loop to do.

use crate::model::Manual;
use crate::store::TargetRef;
use crossterm::event::{KeyEvent, MouseEvent};
use std::path::PathBuf;

use super::index::PlanSlot;

// A loaded plan is the large variant; messages come one per event, so boxing it
// would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize(u16, u16),
    /// A plan file was (re)loaded, or failed to load.
    Loaded(PlanSlot),
    /// A plan file disappeared from disk.
    Removed(PathBuf),
    /// An effect failed; shown in the footer.
    Failed(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Quit,
    /// Write (or clear, with None) a manual verdict in the plan file.
    SaveManual {
        path: PathBuf,
        target: TargetRef,
        manual: Option<Manual>,
    },
    /// Put text on the terminal's clipboard.
    Copy(String),
    /// Write an export of the view (not a plan file).
    Export {
        path: PathBuf,
        text: String,
    },
    /// Open the plan file in $EDITOR at the goal's header, then reload it.
    Edit {
        path: PathBuf,
        goal: Option<String>,
    },
}
