//! The event loop: the only place that reads the terminal and, through `store`,
//! the plan files. It blocks on input with a timeout set by the file watcher, so an
//! idle workbench does not spin.

use super::app::App;
use super::clipboard;
use super::load::Loader;
use super::msg::{Effect, Msg};
use super::terminal;
use super::theme::Theme;
use super::update::update;
use super::view::draw;
use super::watch::Watcher;
use crate::error::{Error, Result};
use crate::model::Manual;
use crate::store::{self, TargetRef};
use crossterm::event::{self, Event};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn term_err(e: std::io::Error) -> Error {
    Error::Usage(format!("terminal: {e}"))
}

pub use super::load::{load, load_all};

/// How long the first frame waits for plan files to load: a folder of a few dozen is
/// shown whole, a thousand show as they come (the header counts those still loading).
pub const FIRST_FRAME_WAIT: Duration = Duration::from_millis(150);
/// How often the loop takes in plans loaded in the background.
const LOAD_TICK: Duration = Duration::from_millis(40);

/// Run the workbench until quit; the exit code (128 + signal when killed by one).
pub fn run(paths: &[PathBuf]) -> Result<u8> {
    let mut loader = Loader::start(store::find_plans(paths)?);
    let signals = terminal::signal_flag().map_err(term_err)?;
    let mut guard = terminal::enter().map_err(term_err)?;
    let size = guard.terminal.size().map_err(term_err)?;
    let mut first = loader.take_first(FIRST_FRAME_WAIT);
    // In path order, as later plans are installed.
    first.sort_by(|a, b| a.path.cmp(&b.path));
    let mut app = App::with_views(first, (size.width, size.height), Theme::from_env());
    app.pending = loader.pending();
    let mut watcher = Watcher::new(|| store::find_plans(paths).unwrap_or_default());
    let mut dirty = true;
    loop {
        if dirty {
            guard.terminal.draw(|f| draw(f, &app)).map_err(term_err)?;
            dirty = false;
            panic_on_purpose();
        }
        if let Some(sig) = terminal::raised(&signals) {
            return Ok(128u8.saturating_add(sig as u8));
        }
        let wait = match loader.pending() {
            0 => watcher.due_in(),
            _ => watcher.due_in().min(LOAD_TICK),
        };
        if event::poll(wait).map_err(term_err)? {
            let msg = match event::read().map_err(term_err)? {
                Event::Key(k) => Msg::Key(k),
                Event::Mouse(m) => Msg::Mouse(m),
                Event::Resize(w, h) => Msg::Resize(w, h),
                _ => continue,
            };
            dirty = true;
            for effect in update(&mut app, msg) {
                match effect {
                    Effect::Quit => return Ok(0),
                    Effect::SaveManual {
                        path,
                        target,
                        manual,
                    } => {
                        if save_manual(&mut app, &path, &target, manual.as_ref()) {
                            watcher.accept();
                        }
                    }
                    Effect::Copy(text) => {
                        let mut out = std::io::stdout();
                        let sent = out
                            .write_all(clipboard::osc52(&text).as_bytes())
                            .and_then(|_| out.flush());
                        if let Err(e) = sent {
                            update(&mut app, Msg::Failed(format!("not copied: {e}")));
                        }
                    }
                    Effect::Export { path, text } => {
                        if let Err(e) = store::write_export(&path, &text) {
                            update(&mut app, Msg::Failed(format!("not written: {e}")));
                        }
                    }
                    Effect::Edit { path, goal } => {
                        let line = goal.and_then(|g| store::goal_line(&path, &g));
                        let outcome = terminal::suspend(&mut guard, || open_editor(&path, line))
                            .map_err(term_err)?;
                        update(&mut app, Msg::Loaded(load(&path)));
                        if let Err(e) = outcome {
                            update(&mut app, Msg::Failed(e));
                        }
                        watcher.accept();
                    }
                }
            }
            if app.quit {
                return Ok(0);
            }
        }
        if loader.pending() > 0 {
            let got = loader.take(Duration::ZERO);
            if !got.is_empty() {
                app.install_all(got);
                app.pending = loader.pending();
                dirty = true;
            }
        }
        let changes = watcher.poll();
        if !changes.is_empty() {
            dirty = true;
            for p in &changes.changed {
                update(&mut app, Msg::Loaded(load(p)));
            }
            for p in changes.removed {
                update(&mut app, Msg::Removed(p));
            }
        }
    }
}

/// Debug builds panic after a frame when PLANTRACK_DEBUG_PANIC is set, so a test can
/// watch the panic hook restore the terminal.
fn panic_on_purpose() {
    #[cfg(debug_assertions)]
    if std::env::var_os("PLANTRACK_DEBUG_PANIC").is_some() {
        panic!("PLANTRACK_DEBUG_PANIC is set: panicking on purpose");
    }
}

/// Write a manual verdict to its plan file. On failure the plan is reloaded so the
/// view shows what the file really holds, and the footer says why; false then.
pub fn save_manual(
    app: &mut App,
    path: &Path,
    target: &TargetRef,
    manual: Option<&Manual>,
) -> bool {
    match store::set_manual(path, target, manual) {
        Ok(()) => true,
        Err(e) => {
            update(app, Msg::Loaded(load(path)));
            update(app, Msg::Failed(format!("not saved: {e}")));
            false
        }
    }
}

/// $VISUAL or $EDITOR (default vi), at `+line` when the goal's line is known.
fn open_editor(path: &Path, line: Option<usize>) -> std::result::Result<(), String> {
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".into());
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");
    let mut cmd = Command::new(program);
    cmd.args(words);
    if let Some(l) = line {
        cmd.arg(format!("+{l}"));
    }
    match cmd.arg(path).status() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{editor} exited with {s}")),
        Err(e) => Err(format!("could not start {editor}: {e}")),
    }
}
