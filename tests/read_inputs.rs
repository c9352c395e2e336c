//! Reading: encodings, line endings, saved HTML, the source line and page debris.

use plantrack::outline::outline;
use plantrack::read::read_bytes;
use std::path::Path;

fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(rel),
    )
    .expect("fixture")
}

fn titles(bytes: &[u8]) -> Vec<String> {
    outline(&read_bytes(bytes))
        .sections
        .into_iter()
        .map(|s| s.title)
        .collect()
}

const SEED: &str = "seeds/001_b9eb083d6560eb72.txt";

#[test]
fn utf8_text_is_kept_byte_for_byte() {
    let bytes = fixture(SEED);
    let doc = read_bytes(&bytes);
    assert_eq!(doc.text.as_bytes(), bytes.as_slice());
}

#[test]
fn bom_is_dropped_and_nothing_else() {
    let bytes = fixture(SEED);
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), &bytes].concat();
    assert_eq!(read_bytes(&with_bom).text.as_bytes(), bytes.as_slice());
}

#[test]
fn gb18030_reads_like_utf8() {
    let bytes = fixture(SEED);
    let text = String::from_utf8(bytes.clone()).unwrap();
    let (gbk, _, unmappable) = encoding_rs::GB18030.encode(&text);
    assert!(!unmappable);
    assert_ne!(gbk.as_ref(), bytes.as_slice());
    let doc = read_bytes(&gbk);
    assert_eq!(doc.text, text);
    assert_eq!(titles(&gbk), titles(&bytes));
    assert!(titles(&gbk).len() > 20);
}

#[test]
fn crlf_text_is_kept_and_outlined_alike() {
    let bytes = fixture("seeds/000_a7cfadb3ed5937df.txt");
    let crlf = String::from_utf8(bytes.clone())
        .unwrap()
        .replace('\n', "\r\n");
    let doc = read_bytes(crlf.as_bytes());
    assert_eq!(doc.text, crlf);
    let t = titles(crlf.as_bytes());
    assert_eq!(t, titles(&bytes));
    assert!(t.iter().all(|t| !t.contains('\r')));
    // Offsets stay true to the CRLF text.
    let o = outline(&doc);
    let first = &o.sections[0];
    assert!(doc.text[first.start..].starts_with("一、创新驱动"));
}

#[test]
fn saved_html_page_reads_as_text() {
    let text = String::from_utf8(fixture(SEED)).unwrap();
    let body: String = text
        .lines()
        .map(|l| {
            format!(
                "<p style=\"text-indent:2em\">{}</p>\n",
                l.replace('&', "&amp;")
            )
        })
        .collect();
    let page = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>嘉定区科委</title>\
         <script>var nav = '<p>返回</p>';</script><style>p {{ margin: 0 }}</style></head>\
         <body><div class=\"nav\">返回上一级</div>{body}<div>版权所有 上海市嘉定区</div></body></html>"
    );
    let doc = read_bytes(page.as_bytes());
    assert!(!doc.text.contains('<'), "tags left: {}", &doc.text[..200]);
    assert!(!doc.text.contains("var nav"));
    assert_eq!(doc.source_title.as_deref(), Some("嘉定区科委"));
    assert!(doc.text.contains("全年新增孵化器8家。"));
    assert_eq!(titles(page.as_bytes()), titles(text.as_bytes()));
    let o = outline(&doc);
    assert_eq!(o.meta.issuer, "上海市嘉定区科学技术委员会");
    assert_eq!(o.meta.plan_year, Some(2014));
}

#[test]
fn gbk_html_page_with_entities() {
    let page = "<html><body><p>2015年工作要点</p><p>一、加强载体建设</p>\
                <p>新增&nbsp;孵化器&#56;家&hellip;</p></body></html>";
    let (gbk, _, _) = encoding_rs::GB18030.encode(page);
    let doc = read_bytes(&gbk);
    assert!(doc.text.contains("一、加强载体建设\n"));
    assert!(doc.text.contains("新增\u{a0}孵化器8家…"));
    assert_eq!(outline(&doc).sections[0].title, "加强载体建设");
}

#[test]
fn source_line_is_the_address_not_text() {
    let bytes = fixture("corpus/pudong-2022-combined.txt");
    let doc = read_bytes(&bytes);
    assert_eq!(
        doc.source_url.as_deref(),
        Some("https://www.shdbkk.com/html_3/shipu/5732/list/6.html")
    );
    assert!(doc
        .source_title
        .as_deref()
        .unwrap()
        .starts_with("关于浦东新区2022年"));
    let first_line = doc.text.find('\n').unwrap() + 1;
    assert_eq!(doc.skipped[0], 0..first_line);
    assert!(doc.is_skipped(5));
    assert!(!doc.is_skipped(first_line));
}

#[test]
fn page_debris_is_skipped() {
    let doc = read_bytes(&fixture("seeds/004_ee19efebb1265056.txt"));
    for debris in [
        "不能读取jquery",
        "English Deutsch",
        "分享到",
        "版权所有",
        "沪ICP备",
        "Copyright",
    ] {
        let at = doc.text.find(debris).unwrap();
        assert!(doc.is_skipped(at), "{debris} kept");
    }
    for content in [
        "一、“十二五”发展现状",
        "(五)加强宣传推广力度",
        "杨府办发〔2017〕12号",
    ] {
        let at = doc.text.find(content).unwrap();
        assert!(!doc.is_skipped(at), "{content} skipped");
    }
    let doc = read_bytes(&fixture("seeds/000_a7cfadb3ed5937df.txt"));
    for debris in [
        "返回上一级",
        "字号",
        "打印",
        "QA5301000-2017-09",
        "主动公开",
    ] {
        assert!(
            doc.is_skipped(doc.text.find(debris).unwrap()),
            "{debris} kept"
        );
    }
}

#[test]
fn footer_items_are_not_headings() {
    // After 纠错 the page's form lists "1.错误类" … "4.为了方便…": page furniture.
    let doc = read_bytes(&fixture("seeds/002_5c1839c24292161e.txt"));
    let at = doc.text.find("1.错误类").unwrap();
    assert!(doc.is_skipped(at));
    assert!(outline(&doc)
        .sections
        .iter()
        .all(|s| !s.title.contains("错误类")));
}
