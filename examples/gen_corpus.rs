//! Writes a large synthetic corpus for the import benchmark: the seed and corpus
//! documents of tests/fixtures, each copied many times with its place renamed, its
//! years shifted and its figures varied, so that a plan and the summary of the same
//! (renamed) place and year still pair and link.
//!
//! Run: cargo run --release --example gen_corpus -- 10000 target/bench-corpus/10000
//!
//! Deterministic: the same count gives the same files. Prints the count and size.

use std::path::{Path, PathBuf};

/// A template document and the place name in it that variants replace.
struct Template {
    file: &'static str,
    place: &'static str,
    short: &'static str,
}

const fn t(file: &'static str, place: &'static str, short: &'static str) -> Template {
    Template { file, place, short }
}

/// One block per (place, year shift). A combined document (summary of year Y, plan
/// of Y+1) in each block pairs with the next block's, whose summary reports on Y+1;
/// each corpus plan pairs with the summary beside it.
const BLOCK: &[&[Template]] = &[
    &[t("seeds/000_a7cfadb3ed5937df.txt", "青浦", "青")],
    &[t("seeds/004_ee19efebb1265056.txt", "杨浦", "杨")],
    &[
        t("seeds/001_b9eb083d6560eb72.txt", "嘉定", "嘉"),
        t("seeds/002_5c1839c24292161e.txt", "静安", "静"),
        t("seeds/003_ed320ace82496732.txt", "普陀", "普"),
    ],
    &[
        t("corpus/guangdong-2023-plan.txt", "广东", "粤"),
        t("corpus/shanghai-2023-plan.txt", "上海", "沪"),
    ],
    &[
        t("corpus/guangdong-2023-summary.txt", "广东", "粤"),
        t("corpus/shanghai-2023-summary.txt", "上海", "沪"),
    ],
];

/// Years shifted per place: a decade of plans and summaries.
const YEARS: usize = 10;

const FIRST: &[char] = &[
    '临', '东', '西', '南', '北', '中', '新', '安', '平', '长', '永', '宁', '清', '云', '金', '玉',
    '丰', '泰', '福', '宝', '兴', '华', '德', '昌', '庆',
];
const SECOND: &[char] = &[
    '江', '山', '河', '湖', '阳', '城', '林', '川', '州', '原', '桥', '港', '溪', '峰', '田', '泉',
    '源', '台', '坪', '岭', '塘', '湾', '洲', '堡', '亭',
];

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or_else(|| usage());
    let out = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(format!("target/bench-corpus/{count}")));
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let texts: Vec<Vec<String>> = BLOCK
        .iter()
        .map(|slot| {
            slot.iter()
                .map(|t| {
                    std::fs::read_to_string(fixtures.join(t.file))
                        .unwrap_or_else(|e| panic!("cannot read {}: {e}", t.file))
                })
                .collect()
        })
        .collect();
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("cannot create {out:?}: {e}"));
    let mut written = 0usize;
    let mut bytes = 0u64;
    'outer: for block in 0.. {
        let (place, shift) = (block / YEARS, (block % YEARS) as i32);
        let name = place_name(place);
        for (slot, choices) in BLOCK.iter().enumerate() {
            if written == count {
                break 'outer;
            }
            // Paired slots (plan, summary) pick the same template in a block.
            let pick = (place + block) % choices.len();
            let tpl = &choices[pick];
            let text = vary(
                &texts[slot][pick],
                tpl,
                &name,
                shift,
                (block * 31 + slot) as u64,
            );
            let stem = Path::new(tpl.file).file_stem().unwrap().to_string_lossy();
            let file = out.join(format!("p{place:05}-y{shift:02}-{slot}-{stem}.txt"));
            std::fs::write(&file, &text).unwrap_or_else(|e| panic!("cannot write {file:?}: {e}"));
            written += 1;
            bytes += text.len() as u64;
        }
    }
    println!(
        "{written} documents, {:.1} MB in {}",
        bytes as f64 / 1e6,
        out.display()
    );
}

fn usage() -> ! {
    eprintln!("usage: gen_corpus COUNT [OUT_DIR]");
    std::process::exit(2)
}

/// A two-character place name, distinct for each index below 625.
fn place_name(i: usize) -> String {
    let (a, b) = (i % FIRST.len(), (i / FIRST.len()) % SECOND.len());
    let mut s = String::new();
    s.push(FIRST[a]);
    s.push(SECOND[b]);
    // Past 625 places, a third character keeps names apart.
    if i >= FIRST.len() * SECOND.len() {
        s.push(FIRST[(i / (FIRST.len() * SECOND.len())) % FIRST.len()]);
    }
    s
}

/// The template with its place renamed, years from 1990 to 2039 moved by `shift`,
/// and other figures varied in their last digit.
fn vary(text: &str, tpl: &Template, place: &str, shift: i32, seed: u64) -> String {
    let short: String = place.chars().next().into_iter().collect();
    let renamed = text
        .replace(tpl.place, place)
        // Document numbers abbreviate the place (青科委〔2017〕); keep them apart too.
        .replace(&format!("{}科", tpl.short), &format!("{short}科"))
        .replace(&format!("{}府", tpl.short), &format!("{short}府"));
    let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = String::with_capacity(renamed.len());
    let mut rest = renamed.as_str();
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..start]);
        let run = &rest[start..];
        let len = run.find(|c: char| !c.is_ascii_digit()).unwrap_or(run.len());
        let digits = &run[..len];
        match digits.parse::<i32>() {
            Ok(y) if len == 4 && (1990..2040).contains(&y) => {
                out.push_str(&(y + shift).to_string())
            }
            _ => {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                let keep = len.saturating_sub(1);
                out.push_str(&digits[..keep]);
                let first = if keep == 0 { 1 } else { 0 };
                out.push(char::from(b'0' + first + (rng % (10 - first as u64)) as u8));
            }
        }
        rest = &run[len..];
    }
    out.push_str(rest);
    out
}
