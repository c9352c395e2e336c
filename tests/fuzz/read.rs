//! Fuzzing the document reader and everything after it: bytes -> text -> outline ->
//! targets and actuals -> links and verdicts -> the plan file import would write.
//! On any bytes nothing panics, every span is a true span of the text, and the
//! plan file written from it loads back.

use super::{generate_text, harness, mutate, Rng};
use plantrack::analyse::analyse;
use plantrack::read::read_bytes;
use plantrack::{import, judge, link, store};

const TARGET: &str = "read";

fn check(bytes: &[u8]) {
    let doc = read_bytes(bytes);
    let len = doc.text.len();
    let mut last = 0;
    for r in &doc.skipped {
        assert!(
            last <= r.start && r.start <= r.end && r.end <= len,
            "skipped {r:?}"
        );
        last = r.end;
    }
    let a = analyse(doc);
    let text = a.doc.text.as_str();
    for s in &a.outline.sections {
        assert!(
            s.start <= s.end && s.end <= len,
            "section {}..{}",
            s.start,
            s.end
        );
        assert!(text.is_char_boundary(s.start), "section start {}", s.start);
        assert!(
            s.part < a.outline.parts.len().max(1),
            "section part {}",
            s.part
        );
    }
    for p in &a.outline.parts {
        assert!(
            p.start < p.end && p.end <= len,
            "part {}..{}",
            p.start,
            p.end
        );
    }
    for item in a.targets.iter().chain(&a.actuals) {
        assert!(
            item.start <= item.end && item.end <= len,
            "item {}..{}",
            item.start,
            item.end
        );
        assert_eq!(
            item.quote,
            &text[item.start..item.end],
            "quote of {}..{}",
            item.start,
            item.end
        );
        for v in [item.value, item.min, item.max].into_iter().flatten() {
            assert!(!v.is_nan(), "NaN in {:?}", item.quote);
        }
    }
    for l in link::match_all(&a.targets, &a.actuals) {
        let t = &a.targets[l.target];
        let actual = l.actual.map(|i| &a.actuals[i]);
        judge::compute(&link::linked_target(t, actual, &l, "summary.txt"));
    }
    let plans = import::plans_from(&a, "sources/doc.txt");
    if plans.is_empty() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    for (i, plan) in plans.iter().enumerate() {
        let path = dir.path().join(format!("p{i}.toml"));
        store::write_plan(&path, plan).expect("write the imported plan");
        let errors: Vec<_> = store::check_plan(&path)
            .into_iter()
            .filter(|e| !e.to_string().contains("sources/doc.txt"))
            .collect();
        assert!(
            errors.is_empty(),
            "the imported plan does not check: {errors:?}"
        );
        let back = store::load_plan(&path).expect("load the imported plan");
        assert_eq!(back.goals.len(), plan.goals.len());
        // The same plan again changes nothing.
        let before = std::fs::read(&path).expect("read back");
        store::write_plan(&path, plan).expect("write again");
        assert_eq!(
            std::fs::read(&path).expect("read back"),
            before,
            "re-import changed the file"
        );
    }
}

/// Seeds: windows of real documents (cut anywhere, even inside a character), in
/// UTF-8, GB18030 or as HTML, and generated domain text.
fn make(pool: &[Vec<u8>]) -> impl FnMut(&mut Rng) -> Vec<u8> + '_ {
    move |rng| {
        let mut data = if rng.one_in(4) {
            generate_text(rng, 200).into_bytes()
        } else {
            let doc = rng.pick(pool);
            let a = rng.below(doc.len());
            let cap = if rng.one_in(10) { 20_000 } else { 3000 };
            let len = 1 + rng.below(cap);
            doc[a..(a + len).min(doc.len())].to_vec()
        };
        match rng.below(6) {
            0 => {
                let text = String::from_utf8_lossy(&data).into_owned();
                data = encoding_rs::GB18030.encode(&text).0.into_owned();
            }
            1 => {
                let text = String::from_utf8_lossy(&data).into_owned();
                let body: String = text.lines().map(|l| format!("<p>{l}</p>\n")).collect();
                data = format!("<html><head><title>标题</title></head><body>{body}</body></html>")
                    .into_bytes();
            }
            _ => {}
        }
        mutate(rng, &mut data, pool, false);
        data
    }
}

#[test]
fn fuzz_read() {
    let pool = harness::pool(
        TARGET,
        &["tests/fixtures/seeds", "tests/fixtures/corpus"],
        &["txt"],
    );
    harness::fuzz(TARGET, 0x5eed_0002, 150, make(&pool), check);
}
