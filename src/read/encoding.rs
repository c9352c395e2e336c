//! Which encoding a file is in: UTF-8 (a BOM is dropped), UTF-16 with a BOM,
//! and otherwise GB18030, the superset of GBK and GB2312 that Chinese sites use.

use encoding_rs::{GB18030, UTF_16BE, UTF_16LE};
use std::borrow::Cow;

pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(body) {
        return Cow::Borrowed(text);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Cow::Owned(UTF_16LE.decode_without_bom_handling(rest).0.into_owned());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Cow::Owned(UTF_16BE.decode_without_bom_handling(rest).0.into_owned());
    }
    // UTF-8 but for a stray byte or two (a page cut mid-character): GBK text read
    // as UTF-8 fails at nearly every character, so a few failures mean UTF-8.
    let lossy = String::from_utf8_lossy(body);
    let failures = lossy.matches('\u{FFFD}').count();
    if failures * STRAY_BYTES_PER < body.len() {
        return Cow::Owned(lossy.into_owned());
    }
    // Not UTF-8: GB18030 decodes every GBK byte sequence, and marks what is neither.
    Cow::Owned(GB18030.decode_without_bom_handling(body).0.into_owned())
}

/// At most one undecodable sequence in this many bytes still makes a UTF-8 file.
const STRAY_BYTES_PER: usize = 1000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8() {
        let mut bytes = "新增高新技术企业20家。".repeat(40).into_bytes();
        bytes.push(0xE4);
        let text = decode(&bytes);
        assert!(text.starts_with("新增高新技术企业20家。"));
        assert!(text.ends_with('\u{FFFD}'));
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("一、目标".as_bytes()), "一、目标");
        assert_eq!(decode(b"\xEF\xBB\xBF\xE4\xB8\x80"), "一");
    }

    #[test]
    fn gbk_bytes_are_decoded() {
        let (bytes, _, _) = GB18030.encode("新增孵化器8家。");
        assert!(std::str::from_utf8(&bytes).is_err());
        assert_eq!(decode(&bytes), "新增孵化器8家。");
    }
}
