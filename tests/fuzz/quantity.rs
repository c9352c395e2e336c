//! Fuzzing the quantity recogniser: on any text, every number it reports is a true
//! span of that text (in bounds, on char boundaries, in order) and nothing panics.

use super::{generate_text, harness, mutate, Rng};
use plantrack::quantity::find;

const TARGET: &str = "quantity";

fn check(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let found = find(&text);
    let mut last_start = 0;
    for q in &found {
        assert!(
            q.start <= q.end && q.end <= text.len(),
            "span {}..{} out of bounds",
            q.start,
            q.end
        );
        assert!(
            text.is_char_boundary(q.start) && text.is_char_boundary(q.end),
            "span {}..{} splits a character",
            q.start,
            q.end
        );
        assert_eq!(
            q.text,
            &text[q.start..q.end],
            "text of {}..{}",
            q.start,
            q.end
        );
        assert!(
            q.start >= last_start,
            "{} reported after {}",
            q.start,
            last_start
        );
        last_start = q.start;
        for v in [q.value, q.min, q.max].into_iter().flatten() {
            assert!(!v.is_nan(), "NaN read from {:?}", q.text);
        }
    }
}

/// Seeds: short windows of real documents, and generated domain text.
fn make(pool: &[Vec<u8>]) -> impl FnMut(&mut Rng) -> Vec<u8> + '_ {
    move |rng| {
        let mut data = if rng.one_in(3) {
            generate_text(rng, 80).into_bytes()
        } else {
            let doc = String::from_utf8_lossy(rng.pick::<Vec<u8>>(pool)).into_owned();
            let chars: Vec<char> = doc.chars().collect();
            let a = rng.below(chars.len());
            let len = 1 + rng.below(400);
            chars[a..(a + len).min(chars.len())]
                .iter()
                .collect::<String>()
                .into_bytes()
        };
        mutate(rng, &mut data, pool, true);
        data
    }
}

#[test]
fn fuzz_quantity() {
    let pool = harness::pool(
        TARGET,
        &["tests/fixtures/seeds", "tests/fixtures/corpus"],
        &["txt"],
    );
    harness::fuzz(TARGET, 0x5eed_0001, 3000, make(&pool), check);
}
