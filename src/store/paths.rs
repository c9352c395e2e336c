//! Where files are: sources named relative to their plan file (never outside its
//! folder tree), and the plan files under the folders a user names.

use crate::error::{Error, Result};
use std::path::{Component, Path, PathBuf};

/// Resolve a source path named in a plan file, relative to the plan file.
/// Absolute paths and paths that climb out of the plan's folder tree are refused,
/// so a plan file from elsewhere cannot make plantrack read `../../etc/passwd`.
pub fn resolve_source(plan_path: &Path, rel: &str) -> Result<PathBuf> {
    let refuse = |why: &str| {
        Error::File {
        path: plan_path.to_path_buf(),
        message: format!(
            "source path `{rel}` {why}, expected a path relative to the plan file, inside its folder"
        ),
    }
    };
    if rel.trim().is_empty() {
        return Err(refuse("is empty"));
    }
    // Both separators count: a plan written on Windows may say `sources\x.txt`.
    let normalised = rel.replace('\\', "/");
    let candidate = Path::new(&normalised);
    if candidate.is_absolute() || normalised.starts_with('/') || has_drive_prefix(&normalised) {
        return Err(refuse("is absolute"));
    }
    let mut depth: usize = 0;
    for part in candidate.components() {
        match part {
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            Component::ParentDir => {
                depth = depth
                    .checked_sub(1)
                    .ok_or_else(|| refuse("leaves the plan's folder"))?;
            }
            Component::RootDir | Component::Prefix(_) => return Err(refuse("is absolute")),
        }
    }
    let base = plan_path.parent().unwrap_or(Path::new(""));
    let path = base.join(candidate);
    // A symbolic link inside the folder may still lead out of it.
    if let (Ok(real), Ok(real_base)) = (path.canonicalize(), base_dir(base).canonicalize()) {
        if !real.starts_with(&real_base) {
            return Err(refuse("leads out of the plan's folder through a link"));
        }
    }
    Ok(path)
}

fn base_dir(base: &Path) -> &Path {
    if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    }
}

fn has_drive_prefix(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':'
}

/// The plan files named by `paths`: files as given, folders searched (sorted) for
/// `*.toml`, descending into sub-folders but not into `sources/` or hidden ones.
pub fn find_plans(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for path in paths {
        if path.is_dir() {
            collect_dir(path, &mut found)?;
        } else if path.exists() {
            found.push(path.clone());
        } else {
            return Err(Error::File {
                path: path.clone(),
                message: "no such file or folder, expected a plan file (.toml) or a folder of them"
                    .into(),
            });
        }
    }
    Ok(found)
}

fn collect_dir(dir: &Path, found: &mut Vec<PathBuf>) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    let (dirs, files): (Vec<_>, Vec<_>) = entries.into_iter().partition(|p| p.is_dir());
    found.extend(
        files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "toml") && !is_hidden(p)),
    );
    for sub in dirs {
        let skip = is_hidden(&sub) || sub.file_name().is_some_and(|n| n == "sources");
        if !skip {
            collect_dir(&sub, found)?;
        }
    }
    Ok(())
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn climbing_or_absolute_paths_are_refused() {
        let plan = Path::new("plans/jiading-2014.toml");
        for bad in [
            "../../etc/passwd",
            "/etc/passwd",
            "sources/../../x.txt",
            "C:\\x.txt",
            "..\\x",
            "",
        ] {
            let err = resolve_source(plan, bad).unwrap_err().to_string();
            assert!(err.contains("expected a path relative"), "{bad}: {err}");
        }
        assert_eq!(
            resolve_source(plan, "sources/a/../b.txt").unwrap(),
            Path::new("plans/sources/a/../b.txt")
        );
        assert_eq!(
            resolve_source(Path::new("p.toml"), "./s.txt").unwrap(),
            Path::new("./s.txt")
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_is_refused() {
        let outside = tempfile::tempdir().expect("temp dir");
        let secret = outside.path().join("secret.txt");
        std::fs::write(&secret, "x").expect("write");
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("sources")).expect("mkdir");
        std::os::unix::fs::symlink(&secret, dir.path().join("sources/plan.txt")).expect("link");
        std::fs::write(dir.path().join("sources/own.txt"), "y").expect("write");
        let plan = dir.path().join("p.toml");
        let err = resolve_source(&plan, "sources/plan.txt").unwrap_err();
        assert!(err.to_string().contains("through a link"), "{err}");
        assert!(resolve_source(&plan, "sources/own.txt").is_ok());
    }
}
