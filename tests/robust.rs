//! Robustness of the real binary against odd inputs (tests/robust/): random bytes,
//! empty files, folders, NUL bytes, mixed encodings, huge files and lines, odd
//! heading sequences; one document in several encodings giving one answer; and
//! plan files kept safe through re-runs, hand edits and failed writes.

#[path = "robust/encodings.rs"]
mod encodings;
#[path = "robust/inputs.rs"]
mod inputs;
#[path = "robust/large.rs"]
mod large;
#[path = "fuzz/mutate.rs"]
#[allow(dead_code)]
mod mutate;
#[path = "robust/plans.rs"]
mod plans;
#[path = "fuzz/rng.rs"]
mod rng;
#[path = "robust/support.rs"]
mod support;

use rng::Rng;
