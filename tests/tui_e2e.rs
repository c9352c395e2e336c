//! The real binary in tmux: send keys, read the screen. Skipped, with a note, where
//! tmux is not installed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A private tmux server (its own socket) running one session; killed on drop.
struct Tmux {
    socket: String,
    dir: tempfile::TempDir,
}

impl Tmux {
    /// Start `args` of the plantrack binary in the repository root, in a 140x40 pane.
    fn start(name: &str, args: &str) -> Option<Tmux> {
        Self::start_with(name, "", args)
    }

    /// The same, with `env` ("NAME=value ...") set for the binary.
    fn start_with(name: &str, env: &str, args: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("note: tmux is not installed; skipping the end-to-end TUI test");
            return None;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let tmux = Tmux {
            socket: format!("plantrack-{name}-{}", std::process::id()),
            dir,
        };
        let exit = tmux.dir.path().join("exit");
        let tty = tmux.dir.path().join("tty");
        // After the TUI ends, record its exit code and whether the tty is back in
        // canonical mode (the terminal was restored).
        let script = format!(
            "cd '{root}' && {env} '{bin}' {args}; echo $? > '{exit}.tmp'; stty -a > '{tty}'; mv '{exit}.tmp' '{exit}'; sleep 60",
            root = env!("CARGO_MANIFEST_DIR"),
            bin = env!("CARGO_BIN_EXE_plantrack"),
            exit = exit.display(),
            tty = tty.display(),
        );
        let out = tmux.run(&[
            "-u",
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            "140",
            "-y",
            "40",
            &script,
        ]);
        assert!(
            out.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Some(tmux)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .env_remove("TMUX")
            .env("LANG", "C.UTF-8")
            .output()
            .expect("tmux runs")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "e2e"]).stdout).into_owned()
    }

    /// Keys by tmux name ("j", "Escape", "Enter").
    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.run(&["send-keys", "-t", "e2e", k]);
        }
    }

    fn text(&self, text: &str) {
        self.run(&["send-keys", "-t", "e2e", "-l", text]);
    }

    /// Wait until the screen satisfies `ok` and holds still: the same capture twice,
    /// some tens of milliseconds apart, so that no assertion reads a frame caught
    /// halfway through its drawing. The bound is generous; the wait ends as soon as
    /// the screen is there.
    fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        let mut last = String::new();
        loop {
            let s = self.screen();
            if ok(&s) && s == last {
                return s;
            }
            if start.elapsed() > Duration::from_secs(60) {
                panic!("timed out waiting for {what}; screen:\n{s}");
            }
            last = s;
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    fn file(&self, name: &str) -> Option<String> {
        std::fs::read_to_string(self.dir.path().join(name)).ok()
    }

    /// The binary's exit code, and the tty settings after it.
    fn exit(&self) -> (i32, String) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if let Some(code) = self.file("exit") {
                let tty = self.file("tty").unwrap_or_default();
                return (code.trim().parse().expect("exit code"), tty);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("the TUI did not exit; screen:\n{}", self.screen());
    }

    /// The plantrack process in the pane.
    fn pid(&self) -> String {
        let out = self.run(&["list-panes", "-t", "e2e", "-F", "#{pane_pid}"]);
        let shell = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let out = Command::new("pgrep")
            .args(["-P", &shell, "plantrack"])
            .output()
            .expect("pgrep");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

fn restored(tty: &str) -> bool {
    // Raw mode clears icanon and echo; a restored terminal has both back.
    tty.split_whitespace().any(|w| w == "icanon") && tty.split_whitespace().any(|w| w == "echo")
}

fn plans_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("plans")
}

/// The number after `word ` in the header's "met N, missed N, unmeasured N".
fn count(screen: &str, word: &str) -> Option<usize> {
    let head = screen.lines().next()?;
    let at = head.find(&format!("{word} "))? + word.len() + 1;
    let digits: String = head[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// A row marked `mark`: the mark followed by a space (the counts read "✓3", no space).
fn has_mark(screen: &str, mark: char) -> bool {
    screen.contains(&format!("{mark} "))
}

/// The detail pane: each screen line from the pane's border on (the tree takes 11/20
/// of the 140 columns); CJK characters are two columns wide.
fn detail(screen: &str) -> String {
    use unicode_width::UnicodeWidthChar;
    let from = 140 * 11 / 20;
    screen
        .lines()
        .skip(2)
        .map(|l| {
            let mut col = 0;
            l.chars()
                .filter(|c| {
                    let keep = col >= from;
                    col += c.width().unwrap_or(0);
                    keep
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn opens_on_the_bundled_plans_walks_searches_and_quits() {
    let plans = std::fs::read_dir(plans_dir())
        .expect("plans/")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "toml"))
        })
        .count();
    assert!(plans > 0, "no bundled plans");
    // No arguments: the plans/ folder of the working directory.
    let Some(t) = Tmux::start("walk", "") else {
        return;
    };
    // Plans load in the background: the header says how many are still coming.
    let s = t.wait("every plan loaded, with verdicts", |s| {
        count(s, "unmeasured").is_some() && has_mark(s, '✗') && !s.contains("(loading")
    });
    assert!(s.contains(&format!("plantrack  {plans} plans")), "{s}");
    for word in ["met", "missed", "unmeasured"] {
        assert!(count(&s, word).unwrap_or(0) > 0, "{word}: {s}");
    }
    assert!(has_mark(&s, '?'), "{s}");
    // The met filter shows the met targets' ✓ rows; the next f returns to all.
    t.keys(&["f", "f", "f"]);
    let s = t.wait("the met filter", |s| s.contains("[filter: met]"));
    assert!(has_mark(&s, '✓'), "{s}");
    t.keys(&["f"]);
    t.wait("all rows again", |s| s.contains("filter: all"));

    // Walk: the plan, its first goal, that goal's first target; h back to the goal,
    // h folds it, l unfolds it, k returns to the plan.
    t.keys(&["g"]);
    t.wait("the first plan's detail", |s| {
        detail(s).contains("file: plans/")
    });
    t.keys(&["j"]);
    let mut last = t.wait("a goal's detail", |s| !detail(s).contains("file: plans/"));
    // Down to the first target row (a goal may hold sub-goals before any target).
    for _ in 0..20 {
        if detail(&last).contains("target: ") {
            break;
        }
        t.keys(&["j"]);
        last = t.wait("the next row", |s| detail(s) != detail(&last));
    }
    assert!(detail(&last).contains("target: "), "{last}");
    t.keys(&["h"]);
    t.wait("back on the goal", |s| !detail(s).contains("target: "));
    t.keys(&["h"]);
    t.wait("the goal folded", |s| s.contains("▸ "));
    t.keys(&["l"]);
    t.wait("the goal unfolded", |s| !s.contains("▸ "));
    t.keys(&["k"]);
    t.wait("the plan again", |s| detail(s).contains("file: plans/"));

    // A search with no hit says so; Esc closes it (wait before the next key: Escape
    // followed at once by a key reads as Alt+key).
    t.keys(&["/"]);
    t.text("没有这个词");
    t.wait("no match", |s| s.contains("/没有这个词"));
    t.keys(&["Escape"]);
    t.wait("the search closed", |s| s.contains("q quit"));
    t.keys(&["/"]);
    t.text("专利");
    t.keys(&["Enter"]);
    let s = t.wait("a 专利 hit selected", |s| detail(s).contains("专利"));
    assert!(!s.contains("no match"), "{s}");

    t.keys(&["?"]);
    let s = t.wait("help", |s| s.contains("this help"));
    assert!(s.contains("quit"), "{s}");
    t.keys(&["Escape"]);
    t.wait("help closed", |s| !s.contains("this help"));
    t.keys(&["q"]);
    let (code, tty) = t.exit();
    assert_eq!(code, 0);
    assert!(restored(&tty), "{tty}");
}

/// The tree pane: each screen line up to the detail pane's border.
fn tree(screen: &str) -> String {
    use unicode_width::UnicodeWidthChar;
    let to = 140 * 11 / 20;
    screen
        .lines()
        .skip(2)
        .map(|l| {
            let mut col = 0;
            l.chars()
                .filter(|c| {
                    col += c.width().unwrap_or(0);
                    col <= to
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn filter_unfolds_to_the_misses_brackets_jump_and_escape_leaves_a_search() {
    let Some(t) = Tmux::start("misses", "") else {
        return;
    };
    t.wait("every plan loaded", |s| {
        count(s, "unmeasured").is_some() && !s.contains("(loading")
    });
    // Fold the first plan (Guangdong, four misses): the missed filter must open it.
    t.keys(&["g", "h"]);
    t.wait("the first plan folded", |s| {
        tree(s).starts_with("▸ ✗ 广东省人民政府 2023")
    });
    t.keys(&["f"]);
    let s = t.wait("the missed filter", |s| s.contains("[filter: missed]"));
    let rows = tree(&s);
    assert!(rows.starts_with("▾ ✗ 广东省人民政府 2023"), "{s}");
    assert!(rows.contains("✗ 地区生产总值增长"), "{s}");
    // Only plans with a miss stay; Jiading (all unmeasured) goes, and no row reads ?.
    assert!(!rows.contains("嘉定区"), "{s}");
    assert!(!has_mark(&rows, '?'), "{s}");
    // ] selects a missed target; the next ] another.
    t.keys(&["]"]);
    let first = t.wait("a missed target", |s| detail(s).contains("✗ missed: "));
    t.keys(&["]"]);
    let second = t.wait("the next miss", |s| {
        detail(s).contains("✗ missed: ") && detail(s) != detail(&first)
    });
    // Esc closes the filter, and does not quit.
    t.keys(&["Escape"]);
    t.wait("the filter closed", |s| {
        s.contains("filter: all") && !s.contains("[filter:")
    });
    // A search left with Esc returns to where it started, and the program runs on.
    t.keys(&["/"]);
    t.text("孵化器");
    t.wait("a 孵化器 hit", |s| {
        detail(s).contains("孵化器") && s.contains("/孵化器")
    });
    t.keys(&["Escape"]);
    let back = t.wait("the search closed", |s| s.contains("q quit"));
    assert_eq!(
        detail(&back),
        detail(&second),
        "back where the search started"
    );
    // Still running: the help opens on ? and closes on Esc.
    t.keys(&["?"]);
    t.wait("the help after Esc", |s| s.contains("next missed target"));
    assert!(t.file("exit").is_none(), "Esc quit the program");
    t.keys(&["Escape"]);
    t.wait("the help closed", |s| !s.contains("next missed target"));
    t.keys(&["q"]);
    let (code, tty) = t.exit();
    assert_eq!(code, 0);
    assert!(restored(&tty), "{tty}");
}

#[test]
fn a_panic_restores_the_terminal_and_shows_its_message() {
    // The panic on purpose exists in debug builds only.
    if !cfg!(debug_assertions) {
        eprintln!("note: release build; skipping the panic test");
        return;
    }
    let Some(t) = Tmux::start_with("panic", "PLANTRACK_DEBUG_PANIC=1", "") else {
        return;
    };
    let (code, tty) = t.exit();
    assert_eq!(code, 101, "Rust's exit code for a panic");
    assert!(restored(&tty), "{tty}");
    // The hook left the alternate screen before printing, so the message stays in view.
    let s = t.wait("the panic message", |s| s.contains("panicking on purpose"));
    assert!(s.contains("panicked"), "{s}");
}

#[test]
fn sigterm_and_sigint_restore_the_terminal() {
    for (sig, code) in [("-TERM", 143), ("-INT", 130)] {
        let Some(t) = Tmux::start(&sig[1..].to_lowercase(), "tui plans") else {
            return;
        };
        t.wait("the header", |s| s.contains("plantrack"));
        let pid = t.pid();
        assert!(!pid.is_empty(), "no plantrack process");
        let ok = Command::new("kill")
            .args([sig, &pid])
            .status()
            .expect("kill");
        assert!(ok.success());
        let (got, tty) = t.exit();
        assert_eq!(got, code, "{sig}");
        assert!(restored(&tty), "{sig}: {tty}");
    }
}
