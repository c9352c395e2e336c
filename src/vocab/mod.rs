//! The vocabulary every stage reads by: how Chinese text folds (traditional to
//! simplified, full-width to half-width), below the outline, the extractor and the
//! linker alike.

pub mod chinese;
pub mod marks;
pub mod money;
pub mod time;
pub mod verbs;
