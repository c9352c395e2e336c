//! Entering and leaving the terminal's TUI state, on every exit path: normal return
//! (a guard's Drop), panic (a hook), and SIGINT / SIGTERM / SIGHUP (a flag the loop
//! checks; in raw mode Ctrl-C arrives as a key instead).

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{self, Stdout};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Once};

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Restores the terminal when dropped.
pub struct Guard {
    pub terminal: Term,
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Raw mode, alternate screen, mouse capture; the panic hook is installed first so a
/// panic at any later point still leaves a usable shell.
pub fn enter() -> io::Result<Guard> {
    install_panic_hook();
    enable()?;
    let terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    Ok(Guard { terminal })
}

fn enable() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)
}

/// Leave the TUI state; safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
}

/// Hand the terminal to another program (the editor) and take it back after.
pub fn suspend<T>(guard: &mut Guard, f: impl FnOnce() -> T) -> io::Result<T> {
    restore();
    let out = f();
    enable()?;
    guard.terminal.clear()?;
    Ok(out)
}

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

/// Holds the number of the last SIGINT, SIGTERM or SIGHUP received, 0 before any.
pub fn signal_flag() -> io::Result<Arc<AtomicUsize>> {
    let flag = Arc::new(AtomicUsize::new(0));
    for sig in [
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
    ] {
        signal_hook::flag::register_usize(sig, Arc::clone(&flag), sig as usize)?;
    }
    Ok(flag)
}

/// The signal received, if any.
pub fn raised(flag: &AtomicUsize) -> Option<usize> {
    match flag.load(Ordering::Relaxed) {
        0 => None,
        sig => Some(sig),
    }
}
