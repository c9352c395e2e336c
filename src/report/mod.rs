//! Status reports: the same verdicts as the TUI, as text, markdown, json or csv.
