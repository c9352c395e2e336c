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

/// Why a decoded document is not one plantrack can read, if it is not: it holds
/// nothing but blanks, or too much of it is what no text holds (control bytes,
/// sequences no encoding decodes), the mark of a binary file.
pub fn unreadable(doc: &Document) -> Option<&'static str> {
    let mut chars = 0usize;
    let mut odd = 0usize;
    for c in doc.text.chars().filter(|c| !c.is_whitespace()) {
        chars += 1;
        // NUL alone is left out: the later stages read around NUL bytes in a text.
        if c == '\u{FFFD}' || (c.is_control() && c != '\0') {
            odd += 1;
        }
    }
    if chars == 0 {
        Some("holds no text; expected a plan or summary as text or HTML")
    } else if odd * ODD_SHARE > chars {
        Some("is not text (binary data?); expected a plan or summary as text or HTML, in UTF-8 or GB18030")
    } else {
        None
    }
}

/// One character in this many may be undecodable or a control byte, as in a page
/// saved with a stray byte or two; more than that is not text.
const ODD_SHARE: usize = 50;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_and_binary_are_not_documents() {
        assert!(unreadable(&read_bytes(b"")).is_some());
        assert!(unreadable(&read_bytes(b" \n\t\r\n")).is_some());
        let noise: Vec<u8> = (0..4000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        assert!(unreadable(&read_bytes(&noise)).unwrap().contains("binary"));
        assert!(unreadable(&read_bytes("全年新增孵化器8家。\n".as_bytes())).is_none());
        // One stray byte in a long page does not make it binary.
        let mut page = "新增高新技术企业20家。".repeat(40).into_bytes();
        page.push(0xFF);
        assert!(unreadable(&read_bytes(&page)).is_none());
    }
}
