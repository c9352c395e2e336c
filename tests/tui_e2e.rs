//! The real binary in tmux: send keys, read the screen. Skipped, with a note, where
//! tmux is not installed.

mod support;
mod tui_support;

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
            "cd '{root}' && '{bin}' {args}; echo $? > '{exit}.tmp'; stty -a > '{tty}'; mv '{exit}.tmp' '{exit}'; sleep 60",
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

    /// Wait until the screen satisfies `ok`; the last screen otherwise, for the message.
    fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            if start.elapsed() > Duration::from_secs(20) {
                panic!("timed out waiting for {what}; screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(100));
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

#[test]
fn opens_shows_help_and_q_exits_zero() {
    assert!(plans_dir().is_dir());
    let Some(t) = Tmux::start("help", "") else {
        return;
    };
    t.wait("the header", |s| {
        s.contains("plantrack") && s.contains("q quit")
    });
    t.keys(&["/"]);
    t.text("没有这个词");
    t.wait("the search prompt", |s| s.contains("/没有这个词"));
    // A terminal reads Escape followed at once by a key as Alt+key: wait in between.
    t.keys(&["Escape"]);
    t.wait("the search closed", |s| s.contains("q quit"));
    t.keys(&["j", "j", "?"]);
    let s = t.wait("the help popup", |s| {
        s.contains("keys") && s.contains("this help")
    });
    assert!(s.contains("quit"), "{s}");
    t.keys(&["Escape"]);
    t.wait("the help closed", |s| !s.contains("this help"));
    t.keys(&["q"]);
    let (code, tty) = t.exit();
    assert_eq!(code, 0);
    assert!(restored(&tty), "{tty}");
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

/// Plan files written by the store from the gold data: four national years with their
/// summaries' actuals, and Jiading 2014 with one target met and one missed.
fn plan_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut plans: Vec<(String, plantrack::model::Plan)> = ["2016", "2019", "2021", "2023"]
        .iter()
        .map(|y| {
            (
                format!("national-{y}"),
                tui_support::corpus_plan(&format!("national-{y}")),
            )
        })
        .collect();
    plans.push(("jiading-2014".into(), tui_support::jiading_mixed()));
    for (name, plan) in plans {
        let path = dir.path().join(format!("{name}.toml"));
        plantrack::store::write_plan(&path, &plan).expect("plan written");
    }
    dir
}

#[test]
fn walks_plan_files_searches_patents_and_quits() {
    let plans = plan_folder();
    let Some(t) = Tmux::start("walk", &format!("tui '{}'", plans.path().display())) else {
        return;
    };
    let s = t.wait("the verdicts", |s| s.contains("✓") && s.contains("✗"));
    assert!(s.contains("plantrack  5 plans"), "{s}");
    // Plans come in path order: jiading-2014.toml first.
    assert!(
        s.contains("上海市嘉定区科学技术委员会 2014: met 1, missed 1"),
        "{s}"
    );
    t.keys(&["Tab", "j", "j"]);
    t.wait("a national target's detail", |s| {
        s.contains("国务院 2016: met 2") && s.contains("target: 国内生产总值增长率")
    });
    t.keys(&["g", "/"]);
    t.text("专利");
    t.keys(&["Enter"]);
    let s = t.wait("the patent goal", |s| {
        s.contains("三.3 推进知识产权发展战略应用  ✓0 ✗0 ?2")
    });
    assert!(s.contains("专利申请量"), "{s}");
    t.keys(&["?"]);
    t.wait("help", |s| s.contains("quit") && s.contains("this help"));
    t.keys(&["Escape"]);
    t.wait("help closed", |s| !s.contains("this help"));
    t.keys(&["q"]);
    let (code, tty) = t.exit();
    assert_eq!(code, 0);
    assert!(restored(&tty), "{tty}");
}
