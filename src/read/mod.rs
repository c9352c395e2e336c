//! Text in: bytes in any encoding the government sites use (UTF-8 with or
//! without BOM, GB18030/GBK), plain or saved HTML, into one UTF-8 string.

mod debris;
mod encoding;
mod html;

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
    /// Sorted and disjoint.
    pub skipped: Vec<Range<usize>>,
}

impl Document {
    /// Whether `offset` lies in a skipped range.
    pub fn is_skipped(&self, offset: usize) -> bool {
        let i = self.skipped.partition_point(|r| r.end <= offset);
        self.skipped.get(i).is_some_and(|r| r.contains(&offset))
    }
}

/// Decode and clean a document. Plain UTF-8 text is kept byte for byte (after a
/// BOM), so that quotes and offsets can be checked against the original file.
pub fn read_bytes(bytes: &[u8]) -> Document {
    let decoded = encoding::decode(bytes);
    let (text, html_title) = if html::looks_like_html(&decoded) {
        let page = html::to_text(&decoded);
        (page.text, page.title)
    } else {
        (decoded.into_owned(), None)
    };
    let mut doc = Document {
        text,
        source_title: html_title,
        ..Document::default()
    };
    if let Some(source) = debris::source_line(&doc.text) {
        doc.source_url = Some(source.url);
        if !source.title.is_empty() {
            doc.source_title = Some(source.title);
        }
        doc.skipped.push(0..source.len);
    }
    let start = doc.skipped.first().map_or(0, |r| r.end);
    debris::mark(&doc.text, start, &mut doc.skipped);
    doc
}
