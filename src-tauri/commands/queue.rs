//! The render queue: look at it, preview an import or variations, add, reorder, remove,
//! pause and resume, submit one item now. The engine plans and submits; this is glue.

use ulazai_engine::model::{GenerateParams, Job};
use ulazai_engine::poll::RenderEstimate;
use ulazai_engine::queue::{
    FolderChoice, QueueEntry, QueuePreview, QueueView, VariationModel, VariationPick,
};
use ulazai_engine::ErrorCode;
use ulazai_engine::Text;

use super::{command, CommandError};

/// A prompt list larger than this is refused before it is parsed (bytes).
const MAX_IMPORT_BYTES: u64 = 4 * 1024 * 1024;

command! {
    /// The queue now: items in order with their estimated start times, pause, budget
    /// (the pause's reason in the app's language).
    pub async fn get_queue(engine: CurrentEngine, locale: Locale) -> QueueView {
        Ok(engine.get().await?.queue().view().worded(&locale.get()))
    }
}

command! {
    /// What a prompt list (plain text or CSV) would queue; nothing is queued. `defaults`
    /// are the form's current values (rows fall back to them).
    pub async fn queue_preview_import(
        engine: CurrentEngine, lang: Locale;
        content: String,
        file_name: Option<String>,
        defaults: GenerateParams,
    ) -> QueuePreview {
        fits(content.len() as u64)?;
        let engine = engine.get().await?;
        Ok(engine
            .queue().preview_import(&content, file_name.as_deref(), defaults)
            .await?
            .localized(&lang.get()))
    }
}

command! {
    /// The same for a prompt list dropped on the window: a `.txt` or `.csv` file, read here.
    pub async fn queue_preview_import_file(engine: CurrentEngine, lang: Locale; path: String, defaults: GenerateParams) -> QueuePreview {
        let path = std::path::PathBuf::from(path);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if ext != "txt" && ext != "csv" {
            return Err(CommandError::refused(Text::new("errors-import-kind")));
        }
        let content = tauri::async_runtime::spawn_blocking(move || read_list(&path))
            .await
            .map_err(|e| CommandError::new(ErrorCode::Internal, e.to_string()))??;
        let engine = engine.get().await?;
        Ok(engine
            .queue().preview_import(&content, name.as_deref(), defaults)
            .await?
            .localized(&lang.get()))
    }
}

/// A prompt list is small text: refuse what is not.
fn fits(len: u64) -> Result<(), CommandError> {
    if len > MAX_IMPORT_BYTES {
        return Err(CommandError::refused(Text::new("errors-import-too-large")));
    }
    Ok(())
}

/// A dropped prompt list, read only when it is a regular file (a link is followed: its
/// target's type decides) and only up to one byte past the cap: a FIFO, a device such as
/// `/dev/zero`, or a file that grows or lies about its size never hangs the read or fills
/// memory.
fn read_list(path: &std::path::Path) -> Result<String, CommandError> {
    use std::io::Read;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let unreadable = |e: std::io::Error| {
        CommandError::refused(
            Text::new("errors-import-unreadable")
                .with("file", &name)
                .with("reason", e.to_string()),
        )
    };
    let not_regular =
        || CommandError::refused(Text::new("errors-import-not-file").with("file", &name));
    let too_large =
        || CommandError::refused(Text::new("errors-import-file-too-large").with("file", &name));
    // Before opening: opening a FIFO waits for a writer.
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > MAX_IMPORT_BYTES {
        return Err(too_large());
    }
    let file = open_nonblocking(path).map_err(unreadable)?;
    // The file opened is the one that decides (it may have been swapped since).
    if !file.metadata().map_err(unreadable)?.is_file() {
        return Err(not_regular());
    }
    let mut bytes = Vec::new();
    file.take(MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(too_large());
    }
    String::from_utf8(bytes)
        .map_err(|_| CommandError::refused(Text::new("errors-import-not-text").with("file", &name)))
}

/// Open for reading without waiting: on unix with `O_NONBLOCK`, so a FIFO put in the
/// file's place after the check does not block the open (a regular file reads as usual).
fn open_nonblocking(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}

command! {
    /// The models variations of the form's prompt may use: what each accepts, and why one
    /// cannot render the prompt as given.
    pub async fn queue_variation_models(engine: CurrentEngine, lang: Locale; base: GenerateParams) -> Vec<VariationModel> {
        let models = engine.get().await?.queue().variation_models(base).await?;
        let lang = lang.get();
        Ok(models.into_iter().map(|m| m.localized(&lang)).collect())
    }
}

command! {
    /// What the form's prompt across the picked models and their values would queue.
    pub async fn queue_preview_variations(
        engine: CurrentEngine, lang: Locale;
        base: GenerateParams,
        picks: Vec<VariationPick>,
    ) -> QueuePreview {
        let engine = engine.get().await?;
        Ok(engine
            .queue()
            .preview_variations(base, &picks)
            .await?
            .localized(&lang.get()))
    }
}

command! {
    /// Queue `entries` at the end (all checked first; nothing is queued when one fails),
    /// their clips into `folder` unless a row names its own.
    pub async fn queue_add(
        engine: CurrentEngine, locale: Locale;
        entries: Vec<QueueEntry>,
        folder: Option<FolderChoice>,
    ) -> QueueView {
        let view = engine.get().await?.queue().add(entries, folder).await?;
        Ok(view.worded(&locale.get()))
    }
}

command! {
    /// Remove items (not one whose request is in flight); answers how many went.
    pub async fn queue_remove(engine: CurrentEngine; ids: Vec<String>) -> u32 {
        Ok(engine.get().await?.queue().remove(&ids) as u32)
    }
}

command! {
    /// Move an item to `index` (0 = the front).
    pub async fn queue_move(engine: CurrentEngine; id: String, index: u32) -> () {
        if !engine.get().await?.queue().move_to(&id, index as usize) {
            return Err(CommandError::not_found(Text::new("errors-queued-clip-gone")));
        }
        Ok(())
    }
}

command! {
    /// Stop submitting (a request in flight finishes).
    pub async fn queue_pause(engine: CurrentEngine) -> () {
        engine.get().await?.queue().pause();
        Ok(())
    }
}

command! {
    /// Submit again (also after a 402 pause, once credits were added).
    pub async fn queue_resume(engine: CurrentEngine) -> () {
        engine.get().await?.queue().resume();
        Ok(())
    }
}

command! {
    /// Send one item now, ahead of the queue, when the budget has a request left.
    pub async fn queue_submit_now(engine: CurrentEngine; id: String) -> Vec<Job> {
        Ok(engine.get().await?.queue().submit_now(&id).await?)
    }
}

command! {
    /// The render-time estimate per model the poll scheduler uses ("usually 38 s").
    pub async fn render_estimates(engine: CurrentEngine) -> Vec<RenderEstimate> {
        Ok(engine.get().await?.jobs().render_estimates())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use std::time::Duration;

    /// `read_list` on its own thread, given 5 s: a read that hangs fails the test instead
    /// of blocking it (the stuck thread is left behind).
    fn read_soon(path: &Path) -> Result<String, String> {
        let (tx, rx) = std::sync::mpsc::channel();
        let path = path.to_path_buf();
        std::thread::spawn(move || {
            let _ = tx.send(read_list(&path).map_err(|e| e.message));
        });
        rx.recv_timeout(Duration::from_secs(5))
            .expect("the read did not end within 5 s")
    }

    #[test]
    fn a_prompt_list_is_read_whole() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("prompts.txt");
        std::fs::write(&p, "a fox\na hare\n").unwrap();
        assert_eq!(read_soon(&p), Ok("a fox\na hare\n".to_string()));
    }

    #[test]
    fn a_list_over_4_mb_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("big.txt");
        std::fs::write(&p, vec![b'a'; MAX_IMPORT_BYTES as usize + 1]).unwrap();
        let err = read_soon(&p).unwrap_err();
        assert!(err.contains("big.txt is larger than 4 MB"), "{err}");
        let ok = d.path().join("just.txt");
        std::fs::write(&ok, vec![b'a'; MAX_IMPORT_BYTES as usize]).unwrap();
        assert_eq!(
            read_soon(&ok).map(|s| s.len()),
            Ok(MAX_IMPORT_BYTES as usize)
        );
    }

    #[test]
    fn a_folder_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("folder.txt");
        std::fs::create_dir(&p).unwrap();
        let err = read_soon(&p).unwrap_err();
        assert!(err.contains("folder.txt is not a regular file"), "{err}");
    }

    /// A FIFO reports 0 bytes and blocks the reader until a writer comes: refused at once.
    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_at_once() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("pipe.txt");
        let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = read_soon(&p).unwrap_err();
        assert!(err.contains("pipe.txt is not a regular file"), "{err}");
    }

    /// A link to `/dev/zero` reports 0 bytes and never ends: refused by its target's type.
    #[cfg(unix)]
    #[test]
    fn a_link_to_dev_zero_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("zero.txt");
        std::os::unix::fs::symlink("/dev/zero", &p).unwrap();
        let err = read_soon(&p).unwrap_err();
        assert!(err.contains("zero.txt is not a regular file"), "{err}");
        // A link to a regular file is followed: its target decides.
        let real = d.path().join("real.txt");
        std::fs::write(&real, "a fox\n").unwrap();
        let link = d.path().join("link.txt");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert_eq!(read_soon(&link), Ok("a fox\n".to_string()));
    }
}
