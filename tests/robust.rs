//! Robustness of the real binary against odd inputs (tests/robust/): random bytes,
//! empty files, folders, NUL bytes, mixed encodings, huge files and lines, odd
//! heading sequences; and one document in several encodings giving one answer.

#[path = "robust/encodings.rs"]
mod encodings;
#[path = "robust/inputs.rs"]
mod inputs;
#[path = "robust/large.rs"]
mod large;
#[path = "fuzz/mutate.rs"]
#[allow(dead_code)]
mod mutate;
#[path = "fuzz/rng.rs"]
mod rng;
#[path = "robust/support.rs"]
mod support;

use rng::Rng;
