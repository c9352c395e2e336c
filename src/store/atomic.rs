//! Replace a file in one step: write a temp file beside it, then rename it over
//! the original, so a crash or a full disk never leaves a half-written plan.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Write `bytes` to `path` atomically. `must_be_new` refuses to replace a file
/// that appeared since the caller decided to create it.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8], must_be_new: bool) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| Error::File {
            path: path.into(),
            message: "is not a file name, expected a path to a .toml plan file".into(),
        })?;
    let (tmp, mut file) = create_temp(&dir, &name)?;
    let result = (|| -> std::io::Result<()> {
        file.write_all(bytes)?;
        if let Ok(meta) = std::fs::metadata(path) {
            file.set_permissions(meta.permissions())?;
        }
        file.sync_all()?;
        drop(file);
        if must_be_new && path.exists() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "the file appeared while it was being written; nothing was overwritten",
            ));
        }
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(())
}

fn create_temp(dir: &Path, name: &str) -> Result<(PathBuf, std::fs::File)> {
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 1_000_000 => continue,
            Err(e) => return Err(Error::io(dir.join(name), e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_failed_rename_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        // A non-empty folder where the plan should go: the rename over it fails.
        let target = dir.path().join("plan.toml");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("keep"), "x").unwrap();
        let err = write_atomic(&target, b"[plan]\n", false).unwrap_err();
        assert!(err.to_string().contains("plan.toml"), "{err}");
        assert_eq!(entries(dir.path()), vec!["plan.toml"]);
    }

    #[test]
    fn replaces_content_and_refuses_to_clobber_a_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        write_atomic(&p, b"one", true).unwrap();
        write_atomic(&p, b"two", false).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert!(write_atomic(&p, b"three", true).is_err());
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(entries(dir.path()), vec!["a.toml"]);
    }
}
