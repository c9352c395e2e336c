//! Large documents through the real binary: 50 MB of plan text, a 3 MB line with
//! no line break, and a long line of figures with no full stop. Each is read in
//! time linear in its size (so the run ends) and gives targets.

use crate::support::{assert_clean, parsed, run, seed, SEED};
use std::io::Write;

/// Write `piece` `times` times into a file of the temp dir.
fn repeated(dir: &std::path::Path, name: &str, piece: &[u8], times: usize) -> std::path::PathBuf {
    let path = dir.join(name);
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    for _ in 0..times {
        f.write_all(piece).unwrap();
    }
    f.flush().unwrap();
    path
}

fn target_count(path: &std::path::Path) -> usize {
    parsed(path)["targets"].as_array().map_or(0, Vec::len)
}

#[test]
fn a_50_mb_document_is_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let doc = seed(SEED);
    let times = 50 * 1024 * 1024 / doc.len() + 1;
    let path = repeated(dir.path(), "big.txt", &doc, times);
    assert!(std::fs::metadata(&path).unwrap().len() >= 50 * 1024 * 1024);
    let single = repeated(dir.path(), "one.txt", &doc, 1);
    // The copies restate the first one's figures: the targets are those of one copy.
    let n = target_count(&path);
    assert!(n > 0);
    assert_eq!(n, target_count(&single));
}

#[test]
fn a_3_mb_line_without_a_break() {
    let dir = tempfile::tempdir().unwrap();
    let line = String::from_utf8(seed(SEED))
        .unwrap()
        .replace(['\n', '\r'], "");
    let path = repeated(
        dir.path(),
        "line.txt",
        line.as_bytes(),
        3 * 1024 * 1024 / line.len() + 1,
    );
    assert!(target_count(&path) > 0);
    let out = run(&["quantities", "line.txt", "--format", "json"], dir.path());
    assert_eq!(assert_clean("quantities", &out, true), 0);
}

#[test]
fn a_long_line_of_figures_without_a_full_stop() {
    // Every figure's sentence reaches back to the start of the line: reading it
    // must not cost the length of the line for each figure.
    let dir = tempfile::tempdir().unwrap();
    let path = repeated(dir.path(), "figures.txt", "2016年工作要点\n".as_bytes(), 1);
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap();
    for i in 0..20_000 {
        write!(f, "新增企业{}家，", i + 1).unwrap();
    }
    drop(f);
    assert!(target_count(&path) > 1000);
}
