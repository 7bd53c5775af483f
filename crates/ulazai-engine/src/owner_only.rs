//! Files and folders that are the creator's alone: the data folder (prompts, signed result
//! URLs in `jobs.json`, the library index, settings), the log folder and the work folder.
//! On unix folders are 0700 and files 0600, whatever the umask; a folder found with a wider
//! mode is tightened. On Windows nothing changes: the per-user `%LOCALAPPDATA%` these live
//! in is already private to its user.

use std::fs;
use std::io;
use std::path::Path;

/// Mode of a private folder (unix).
#[cfg(unix)]
pub const DIR_MODE: u32 = 0o700;
/// Mode of a private file (unix).
#[cfg(unix)]
pub const FILE_MODE: u32 = 0o600;

/// Create `dir` and any missing parents, those created 0700 (unix); folders that exist
/// are left as they are.
pub fn create_dir_all(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, DIR_MODE);
    builder.create(dir)
}

/// [`create_dir_all`], then `dir` itself made 0700 if it is wider (unix): the app's own
/// folders at start. Fails when it cannot, e.g. a folder another user owns.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    create_dir_all(dir)?;
    tighten(dir, true)
}

/// Options that create a new file 0600 (unix); add `write`/`append`/`create_new`.
pub fn file_options() -> fs::OpenOptions {
    #[allow(unused_mut)]
    let mut options = fs::OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    options
}

/// Take group and other access away from `path` (a folder when `is_dir`): 0700 or 0600
/// (unix; nothing elsewhere). A path that is already private is left untouched.
pub fn tighten(path: &Path, is_dir: bool) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path)?.permissions().mode();
        if mode & 0o077 != 0 {
            let want = if is_dir { DIR_MODE } else { FILE_MODE };
            fs::set_permissions(path, fs::Permissions::from_mode(want))?;
        }
    }
    #[cfg(not(unix))]
    let _ = (path, is_dir);
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn folders_are_made_and_tightened_to_0700() {
        let d = tempfile::tempdir().unwrap();
        let new = d.path().join("a/b");
        create_dir_all(&new).unwrap();
        assert_eq!((mode(&d.path().join("a")), mode(&new)), (0o700, 0o700));
        let wide = d.path().join("wide");
        fs::create_dir(&wide).unwrap();
        fs::set_permissions(&wide, fs::Permissions::from_mode(0o755)).unwrap();
        create_dir_all(&wide).unwrap();
        assert_eq!(mode(&wide), 0o755, "left as it is");
        private_dir(&wide).unwrap();
        assert_eq!(mode(&wide), 0o700, "an existing wider folder is tightened");
    }

    #[test]
    fn new_files_are_0600_and_old_ones_are_tightened() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("f.log");
        file_options().write(true).create(true).open(&p).unwrap();
        assert_eq!(mode(&p), 0o600);
        fs::set_permissions(&p, fs::Permissions::from_mode(0o644)).unwrap();
        tighten(&p, false).unwrap();
        assert_eq!(mode(&p), 0o600);
    }
}
