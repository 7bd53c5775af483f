//! The exports service (no state of its own): clips leaving the app as files: the library's files for a drag out of the window, and
//! exports into a folder the creator picked (clips not saved yet are saved first;
//! `EngineEvent::Export` reports the copy). Only the library's own files go out
//! (`Library::shareable_file`); a server never names a path here.

use std::path::{Path, PathBuf};

use super::downloads::library_name;
use super::{Engine, EngineEvent, LibraryError};
use crate::library::{self, ExportError, ExportItem, ExportMarks};
use crate::model::{ExportProgress, ExportState, JobId};
use crate::store::new_id;

/// Clips of one engine leaving the app as files (`Engine::exports`).
#[derive(Clone, Copy)]
pub struct Exports<'a> {
    engine: &'a Engine,
}

impl<'a> Exports<'a> {
    pub(super) fn of(engine: &'a Engine) -> Exports<'a> {
        Exports { engine }
    }

    /// The files of saved clips, for the OS to receive (a drag out of the window). Every
    /// clip must be saved already; nothing is downloaded here.
    pub fn shareable_files(&self, ids: &[JobId]) -> Result<Vec<PathBuf>, LibraryError> {
        if ids.is_empty() {
            return Err(LibraryError::NoJob);
        }
        ids.iter()
            .map(|id| {
                self.engine.jobs().get(id).ok_or(LibraryError::NoJob)?;
                self.engine
                    .library()
                    .shareable_file(id)
                    .map_err(LibraryError::Share)
            })
            .collect()
    }

    /// Copy the clips `ids` into `dest` under the library's safe names (numbered when
    /// taken; nothing there is replaced), saving into the library first those that are
    /// not there yet, with their flags and stars as `marks` asks (in the names, or in an
    /// XMP sidecar beside each file). Answers the video files written, in order.
    pub async fn export(
        self,
        ids: &[JobId],
        dest: &Path,
        marks: ExportMarks,
    ) -> Result<Vec<PathBuf>, LibraryError> {
        let export_id = new_id("export-");
        let mut progress = ExportProgress {
            export_id,
            state: ExportState::Saving,
            dir: dest.display().to_string(),
            files: ids.len() as u32,
            bytes_done: 0,
            bytes_total: 0,
            message: None,
            text: None,
        };
        let result = self.run_export(ids, dest, marks, &mut progress).await;
        progress.state = match &result {
            Ok(_) => ExportState::Done,
            Err(e) => {
                progress.message = Some(e.to_string());
                progress.text = e.text();
                ExportState::Failed
            }
        };
        self.export_event(&progress);
        result
    }

    async fn run_export(
        self,
        ids: &[JobId],
        dest: &Path,
        marks: ExportMarks,
        progress: &mut ExportProgress,
    ) -> Result<Vec<PathBuf>, LibraryError> {
        let jobs = ids
            .iter()
            .map(|id| self.engine.jobs().get(id).ok_or(LibraryError::NoJob))
            .collect::<Result<Vec<_>, _>>()?;
        if jobs.is_empty() {
            return Err(LibraryError::NoJob);
        }
        self.export_event(progress);
        let mut items = Vec::with_capacity(jobs.len());
        for job in &jobs {
            self.engine.downloads().download(&job.id).await?;
            let source = self
                .engine
                .library()
                .shareable_file(&job.id)
                .map_err(LibraryError::Share)?;
            let ext = source.extension().and_then(|e| e.to_str()).unwrap_or("mp4");
            progress.bytes_total += std::fs::metadata(&source).map(|m| m.len()).unwrap_or(0);
            let name = library_name(job, ext);
            items.push(ExportItem {
                name: match marks {
                    ExportMarks::Names => library::marked_name(&name, job),
                    ExportMarks::None | ExportMarks::Sidecar => name,
                },
                source,
            });
        }
        progress.state = ExportState::Copying;
        self.export_event(progress);
        let report = progress.clone();
        let on_bytes = |done: u64| {
            self.export_event(&ExportProgress {
                bytes_done: done,
                ..report.clone()
            })
        };
        let written = library::copy_into(&items, dest, on_bytes, self.engine.library().cancel_rx())
            .await
            .map_err(LibraryError::Export)?;
        progress.bytes_done = progress.bytes_total;
        if marks == ExportMarks::Sidecar {
            for (file, job) in written.iter().zip(&jobs) {
                library::write_sidecar(file, job).map_err(|e| {
                    LibraryError::Export(ExportError::Io {
                        dir: dest.display().to_string(),
                        why: e.to_string(),
                    })
                })?;
            }
        }
        Ok(written)
    }

    fn export_event(&self, progress: &ExportProgress) {
        self.engine.inner.hub.emit(EngineEvent::Export {
            progress: progress.clone(),
        });
    }
}
