//! Folders, merge records and the "already notified" set.
//!
//! Folders are local-first: deleting one never deletes a job — its jobs go back to
//! Unfiled (`folder_id: None`).
//!
//! A folder's name follows one rule, [`folder_name`]: the commands refuse a name that
//! breaks it, and the store (which also takes names from imported prompt lists) mends one.

use rand::Rng;

use super::{now_rfc3339, Store};
use crate::model::{Folder, FolderId, Job, JobId, MergeRecord};

/// A random, uuid-shaped id (v4 layout) with a prefix: `f-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed`.
pub fn new_id(prefix: &str) -> String {
    let b: [u8; 16] = rand::rng().random();
    let hex =
        |r: std::ops::Range<usize>| b[r].iter().map(|x| format!("{x:02x}")).collect::<String>();
    let v = (b[6] & 0x0f) | 0x40;
    let var = (b[8] & 0x3f) | 0x80;
    format!(
        "{prefix}{}-{}-{v:02x}{:02x}-{var:02x}{:02x}-{}",
        hex(0..4),
        hex(4..6),
        b[7],
        b[9],
        hex(10..16)
    )
}

impl Store {
    pub fn folders(&self) -> Vec<Folder> {
        self.folders.clone()
    }

    pub fn folder(&self, id: &str) -> Option<&Folder> {
        self.folders.iter().find(|f| f.id == id)
    }

    /// A new folder; a name that breaks [`folder_name`] is mended (an empty one becomes
    /// "Untitled folder", a long one is cut to [`MAX_FOLDER_NAME`] characters).
    pub fn create_folder(&mut self, name: &str) -> Folder {
        let name = clean_name(name);
        let folder = Folder {
            id: new_id("f-"),
            name,
            remote_id: None,
            created_at: now_rfc3339(),
        };
        self.folders.push(folder.clone());
        folder
    }

    pub fn rename_folder(&mut self, id: &str, name: &str) -> Option<Folder> {
        let folder = self.folders.iter_mut().find(|f| f.id == id)?;
        folder.name = clean_name(name);
        Some(folder.clone())
    }

    pub fn set_folder_remote_id(&mut self, id: &str, remote_id: String) -> Option<Folder> {
        let folder = self.folders.iter_mut().find(|f| f.id == id)?;
        folder.remote_id = Some(remote_id);
        Some(folder.clone())
    }

    /// Delete a folder; its jobs go back to Unfiled. Returns the jobs that moved, or
    /// `None` when there was no such folder.
    pub fn delete_folder(&mut self, id: &str) -> Option<Vec<Job>> {
        let before = self.folders.len();
        self.folders.retain(|f| f.id != id);
        if self.folders.len() == before {
            return None;
        }
        let ids: Vec<JobId> = self
            .order
            .iter()
            .filter(|j| self.jobs[*j].folder_id.as_deref() == Some(id))
            .cloned()
            .collect();
        Some(self.move_jobs(&ids, None))
    }

    /// Put jobs into a folder (`None`: Unfiled). Unknown job ids are skipped; an unknown
    /// folder moves nothing. Returns the jobs whose folder actually changed.
    pub fn move_jobs(&mut self, ids: &[JobId], folder: Option<FolderId>) -> Vec<Job> {
        if let Some(f) = &folder {
            if self.folder(f).is_none() {
                return Vec::new();
            }
        }
        let mut moved = Vec::new();
        for id in ids {
            if self.job(id).is_some_and(|j| j.folder_id != folder) {
                if let Some(job) = self.job_mut(id) {
                    job.folder_id = folder.clone();
                    job.updated_at = now_rfc3339();
                    moved.push(job.clone());
                }
            }
        }
        moved
    }

    pub fn merges(&self) -> Vec<MergeRecord> {
        self.merges.clone()
    }

    /// Add (or replace, by id) a merge record.
    pub fn record_merge(&mut self, rec: MergeRecord) {
        match self.merges.iter_mut().find(|m| m.id == rec.id) {
            Some(existing) => *existing = rec,
            None => self.merges.push(rec),
        }
    }

    /// Returns true when the id was not marked before.
    pub fn mark_notified(&mut self, id: &str) -> bool {
        self.notified.insert(id.to_string())
    }

    pub fn is_notified(&self, id: &str) -> bool {
        self.notified.contains(id)
    }
}

/// The most characters (Unicode scalar values, after trimming) a folder's name may have.
pub const MAX_FOLDER_NAME: usize = 80;

/// Why a folder name is refused. `Display` is a sentence for the creator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FolderNameError {
    #[error("The folder name must not be empty.")]
    Empty,
    #[error("The folder name is too long (at most {MAX_FOLDER_NAME} characters).")]
    TooLong,
}

impl FolderNameError {
    /// The sentence as a catalog message (its `Display` is the English).
    pub fn text(&self) -> crate::text::Text {
        use crate::text::Text;
        match self {
            FolderNameError::Empty => Text::new("errors-folder-name-empty"),
            FolderNameError::TooLong => {
                Text::new("errors-folder-name-too-long").with("max", MAX_FOLDER_NAME)
            }
        }
    }
}

/// THE rule for a folder's name: trimmed, not empty, at most [`MAX_FOLDER_NAME`]
/// characters. Answers the name as it is kept.
pub fn folder_name(raw: &str) -> Result<String, FolderNameError> {
    let name = raw.trim();
    if name.is_empty() {
        Err(FolderNameError::Empty)
    } else if name.chars().count() > MAX_FOLDER_NAME {
        Err(FolderNameError::TooLong)
    } else {
        Ok(name.to_string())
    }
}

/// A name by [`folder_name`]'s rule, mended rather than refused.
fn clean_name(raw: &str) -> String {
    match folder_name(raw) {
        Ok(name) => name,
        Err(FolderNameError::Empty) => "Untitled folder".to_string(),
        Err(FolderNameError::TooLong) => {
            let cut: String = raw.trim().chars().take(MAX_FOLDER_NAME).collect();
            cut.trim_end().to_string()
        }
    }
}

#[cfg(test)]
mod name_tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_at_most_80_characters() {
        assert_eq!(folder_name("  Trailers "), Ok("Trailers".to_string()));
        assert_eq!(folder_name("   "), Err(FolderNameError::Empty));
        let longest = "é".repeat(MAX_FOLDER_NAME);
        assert_eq!(folder_name(&longest), Ok(longest.clone()));
        assert_eq!(
            folder_name(&format!("{longest}x")),
            Err(FolderNameError::TooLong)
        );
    }

    #[test]
    fn the_store_mends_a_name_by_the_same_rule() {
        let mut s = Store::new();
        let long = "n".repeat(150);
        let f = s.create_folder(&long);
        assert_eq!(
            f.name.chars().count(),
            MAX_FOLDER_NAME,
            "cut to the commands' limit"
        );
        let r = s
            .rename_folder(&f.id, &format!(" {} ", "m".repeat(81)))
            .unwrap();
        assert_eq!(r.name, "m".repeat(MAX_FOLDER_NAME));
        assert_eq!(s.create_folder("  ").name, "Untitled folder");
    }
}
