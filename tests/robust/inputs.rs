//! Odd documents through every command of the real binary: random bytes, an empty
//! file, a folder, a missing file, NUL bytes, mixed encodings, UTF-16, broken HTML,
//! and heading sequences no plan has. Each gives a result or a clear error (exit 2);
//! a file that holds no text, or is not text, is always the error.

use crate::support::{assert_clean, every_command, reading_commands, run, seed, targets, SEED};
use crate::Rng;
use std::path::{Path, PathBuf};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

#[test]
fn random_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng::new(7);
    for (i, len) in [64usize, 4096, 65_536].into_iter().enumerate() {
        let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
        let f = write(dir.path(), &format!("random{i}.bin"), &bytes);
        assert_eq!(
            every_command(&f, dir.path()),
            2,
            "random bytes read as a document"
        );
        assert!(
            !dir.path()
                .join("out-plans/sources")
                .join(format!("random{i}.bin"))
                .exists(),
            "random bytes copied into the plan folder"
        );
    }
    // A byte or three may happen to be text; either way, no panic and no garbage.
    for (i, len) in [1usize, 3].into_iter().enumerate() {
        let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
        every_command(
            &write(dir.path(), &format!("short{i}.bin"), &bytes),
            dir.path(),
        );
    }
}

#[test]
fn an_empty_file_is_refused_as_holding_no_text() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "empty.txt", b"");
    assert_eq!(every_command(&f, dir.path()), 2);
    let out = run(&["parse", "empty.txt"], dir.path());
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty.txt: holds no text"));
    // As a plan file it is refused with a located reason.
    let out = run(&["check", "empty.txt"], dir.path());
    assert_eq!(assert_clean("check empty", &out, false), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("[plan]"));
}

#[test]
fn a_folder_or_a_missing_file_is_one_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("folder")).unwrap();
    for name in ["folder", "missing.txt"] {
        for cmd in [
            &["parse", name][..],
            &["quantities", name],
            &["judge", name, name],
        ] {
            let out = run(cmd, dir.path());
            assert_eq!(assert_clean(&format!("{cmd:?}"), &out, true), 2);
            assert!(String::from_utf8_lossy(&out.stderr).contains(name));
        }
    }
    // import reads a folder as a folder of documents: an empty one gives nothing.
    assert_clean(
        "import folder",
        &run(&["import", "folder", "--out", "p"], dir.path()),
        false,
    );
    let out = run(&["import", "missing.txt", "--out", "p"], dir.path());
    assert_eq!(assert_clean("import missing", &out, false), 2);
}

#[test]
fn nul_bytes_are_read_around() {
    let dir = tempfile::tempdir().unwrap();
    let text = String::from_utf8(seed(SEED)).unwrap();
    let clean = write(dir.path(), "clean.txt", text.as_bytes());
    let nul = write(
        dir.path(),
        "nul.txt",
        text.replace('。', "\0。").replace('\n', "\n\0").as_bytes(),
    );
    assert_eq!(every_command(&nul, dir.path()), 0);
    let (a, b) = (targets(&clean), targets(&nul));
    assert!(!a.is_empty());
    let values = |t: &[serde_json::Value]| -> Vec<String> {
        t.iter()
            .map(|t| format!("{} {} {}", t["op"], t["value"], t["unit"]))
            .collect()
    };
    assert_eq!(values(&a), values(&b));
}

#[test]
fn mixed_encodings_and_utf16() {
    let dir = tempfile::tempdir().unwrap();
    let text = String::from_utf8(seed(SEED)).unwrap();
    let half = text.char_indices().nth(text.chars().count() / 2).unwrap().0;
    let (gbk, _, _) = encoding_rs::GB18030.encode(&text[half..]);
    let mixed = [&text.as_bytes()[..half], &gbk].concat();
    let f = write(dir.path(), "mixed.txt", &mixed);
    assert_eq!(every_command(&f, dir.path()), 0);
    // The UTF-8 half is not lost to the other half's bytes.
    assert!(!targets(&f).is_empty());
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let f = write(dir.path(), "utf16.txt", &utf16);
    assert_eq!(every_command(&f, dir.path()), 0);
    assert_eq!(
        targets(&f).len(),
        targets(&write(dir.path(), "u8.txt", text.as_bytes())).len()
    );
}

#[test]
fn broken_html() {
    let dir = tempfile::tempdir().unwrap();
    let text = String::from_utf8(seed(SEED)).unwrap();
    let pages = [
        format!("<html><body><p>{}", text.replace('\n', "<br")),
        format!("<html><script>{text}"),
        format!("<html><!-- {text}"),
        format!(
            "<html><p title=\"{}\">x</p></html>",
            "&#99999999;".repeat(5000)
        ),
        "<".repeat(100_000),
        format!("<html>{}</html>", "<div>".repeat(20_000)),
    ];
    for (i, page) in pages.iter().enumerate() {
        let f = write(dir.path(), &format!("page{i}.html"), page.as_bytes());
        // An unclosed script or comment hides all the text, and nested divs are
        // markup alone: each is refused as holding no text. A run of "<" is not
        // HTML but text, read as a document with nothing in it.
        let want = if [1, 2, 5].contains(&i) { 2 } else { 0 };
        assert_eq!(reading_commands(&f, dir.path()), want, "page {i}");
    }
}

/// 10 000 headings in every style, in an order no plan uses.
fn odd_headings() -> String {
    let styles = [
        "一、",
        "3.",
        "（二）",
        "(4)",
        "第五章",
        "1.1",
        "①",
        "二十、",
        "（三十）",
        "一是",
        "5、",
        "第六节",
        "（7）",
        "十万、",
        "0.",
        "（）",
        "、",
    ];
    let mut s = String::from("2015年工作要点\n");
    for i in 0..10_000 {
        s.push_str(styles[i % styles.len()]);
        s.push_str(&format!("标题{i}\n全年新增孵化器{}家。\n", i + 1));
    }
    s
}

/// Headings nested ever deeper: 一、 (一) 1. (1) ① then again, 2 000 levels down.
fn nested_headings() -> String {
    let levels = ["一、", "（一）", "1.", "（1）", "①", "1）", "a."];
    let mut s = String::from("2015年工作要点\n");
    for i in 0..2000 {
        s.push_str(&"\u{3000}".repeat(i % 40));
        s.push_str(levels[i % levels.len()]);
        s.push_str(&format!("推进{i}\n专利申请量超{}件。\n", i + 100));
    }
    s
}

#[test]
fn odd_and_deep_heading_sequences() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("odd.txt", odd_headings()),
        ("nested.txt", nested_headings()),
    ] {
        let f = write(dir.path(), name, text.as_bytes());
        assert_eq!(every_command(&f, dir.path()), 0);
        let found = targets(&f);
        assert!(found.len() > 100, "{name}: {} targets", found.len());
    }
}
