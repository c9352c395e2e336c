//! Fuzz targets for the document reader, the quantity recogniser and the plan
//! loader, on stable Rust: seeded mutations of real inputs (tests/fuzz/).
//!
//! `cargo test --test fuzz` replays the corpus (tests/fuzz_corpus/<target>/) and
//! runs a few seconds of each target from a fixed seed. A long run, with random
//! seeds, that many seconds per target:
//!
//!     PLANTRACK_FUZZ_SECS=600 nice -n 19 cargo test --release --test fuzz -- --test-threads=1 --nocapture
//!
//! (add PLANTRACK_FUZZ_SEED=<n> to repeat a run, and a test name such as
//! `fuzz_read` to run one target). A crashing input is shrunk, printed and saved
//! under target/fuzz-crashes/<target>/.

#[path = "fuzz/harness.rs"]
mod harness;
#[path = "fuzz/mutate.rs"]
mod mutate;
#[path = "fuzz/plan.rs"]
mod plan;
#[path = "fuzz/quantity.rs"]
mod quantity;
#[path = "fuzz/read.rs"]
mod read;
#[path = "fuzz/rng.rs"]
mod rng;

use mutate::{generate_text, mutate};
use rng::Rng;
