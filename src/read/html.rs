//! Saved web pages: tags, scripts and styles out, entities decoded, block
//! elements turned into line breaks so that paragraphs stay paragraphs.

pub struct Page {
    pub text: String,
    pub title: Option<String>,
}

/// Elements whose content is never text.
const SKIPPED_ELEMENTS: [&str; 5] = ["script", "style", "noscript", "template", "iframe"];

/// Elements that end a line.
const BLOCK_ELEMENTS: [&str; 28] = [
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "dd",
    "dt",
    "dl",
    "blockquote",
    "pre",
    "hr",
    "form",
    "tbody",
    "main",
];

/// Cells: kept apart on one line.
const CELL_ELEMENTS: [&str; 2] = ["td", "th"];

const ENTITIES: [(&str, char); 22] = [
    ("nbsp", '\u{a0}'),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("middot", '·'),
    ("emsp", '\u{2003}'),
    ("ensp", '\u{2002}'),
    ("thinsp", '\u{2009}'),
    ("times", '×'),
    ("copy", '©'),
    ("reg", '®'),
    ("laquo", '«'),
    ("raquo", '»'),
];

/// Whether decoded text is a web page rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
    let head = prefix(text, 4096).to_ascii_lowercase();
    ["<!doctype html", "<html", "<body", "<head"]
        .iter()
        .any(|m| head.contains(m))
        || head.matches("</p>").count() + head.matches("</div>").count() >= 3
}

fn prefix(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

pub fn to_text(html: &str) -> Page {
    let mut out = String::with_capacity(html.len() / 2);
    let mut title = None;
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => i = tag(html, i, &mut out, &mut title),
            b'&' => i = entity(html, i, &mut out),
            b' ' | b'\t' | b'\r' | b'\n' => {
                if !out.ends_with([' ', '\n']) && !out.is_empty() {
                    out.push(' ');
                }
                i += 1;
            }
            _ => {
                let ch = html[i..].chars().next().unwrap_or(' ');
                out.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    Page {
        text: tidy_lines(&out),
        title,
    }
}

/// Handle the markup at `i` (a `<`) and return the index after it.
fn tag(html: &str, i: usize, out: &mut String, title: &mut Option<String>) -> usize {
    let rest = &html[i..];
    if rest.starts_with("<!--") {
        return rest.find("-->").map_or(html.len(), |e| i + e + 3);
    }
    let Some(close) = rest.find('>') else {
        out.push('<');
        return i + 1;
    };
    let inner = &rest[1..close];
    let closing = inner.starts_with('/');
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    let after = i + close + 1;
    if name.is_empty() {
        // Not a tag: a lone `<` in text.
        if !inner.starts_with('!') && !inner.starts_with('?') && !closing {
            out.push('<');
            return i + 1;
        }
        return after;
    }
    if !closing && (SKIPPED_ELEMENTS.contains(&name.as_str()) || name == "title") {
        let end_tag = format!("</{name}");
        let body_end = find_ci(&html[after..], &end_tag).map_or(html.len(), |e| after + e);
        if name == "title" {
            let mut t = String::new();
            let mut j = after;
            while j < body_end {
                if html.as_bytes()[j] == b'&' {
                    j = entity(html, j, &mut t);
                } else {
                    let ch = html[j..].chars().next().unwrap_or(' ');
                    t.push(ch);
                    j += ch.len_utf8();
                }
            }
            let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
            if !t.is_empty() {
                *title = Some(t);
            }
        }
        return html[body_end..]
            .find('>')
            .map_or(html.len(), |e| body_end + e + 1);
    }
    if BLOCK_ELEMENTS.contains(&name.as_str()) {
        while out.ends_with(' ') {
            out.pop();
        }
        out.push('\n');
    } else if CELL_ELEMENTS.contains(&name.as_str()) && !out.ends_with([' ', '\n']) {
        out.push(' ');
    }
    after
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    hay.as_bytes()
        .windows(n)
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Decode the entity at `i` (a `&`) into `out`; return the index after it.
fn entity(html: &str, i: usize, out: &mut String) -> usize {
    let rest = &html[i + 1..];
    let end = rest
        .char_indices()
        .take(12)
        .find(|&(_, c)| c == ';')
        .map(|(e, _)| e);
    if let Some(e) = end {
        let name = &rest[..e];
        let ch = if let Some(num) = name.strip_prefix('#') {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            code.and_then(char::from_u32)
        } else {
            ENTITIES.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
        };
        if let Some(ch) = ch {
            out.push(ch);
            return i + 1 + e + 1;
        }
    }
    out.push('&');
    i + 1
}

/// Trim every line and keep at most one blank line between paragraphs.
fn tidy_lines(raw: &str) -> String {
    let mut text = String::with_capacity(raw.len());
    let mut blank = true;
    for line in raw.split('\n') {
        let line = line.trim_matches([' ', '\t']);
        if line.is_empty() {
            if !blank {
                text.push('\n');
                blank = true;
            }
            continue;
        }
        text.push_str(line);
        text.push('\n');
        blank = false;
    }
    while text.ends_with("\n\n") {
        text.pop();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_entities_and_scripts() {
        let page = to_text(
            "<html><head><title>工作要点</title><style>p{color:red}</style></head>\
             <body><p>一、总体要求</p><script>var a = '<p>x</p>';</script>\
             <p>新增&nbsp;8家&amp;&#20840;年&ldquo;目标&rdquo;</p></body></html>",
        );
        assert_eq!(page.title.as_deref(), Some("工作要点"));
        assert_eq!(page.text, "一、总体要求\n\n新增\u{a0}8家&全年“目标”\n");
    }

    #[test]
    fn detects_pages_not_text() {
        assert!(looks_like_html("<!DOCTYPE html><html></html>"));
        assert!(!looks_like_html("一、目标 a<b 的情况"));
    }
}
