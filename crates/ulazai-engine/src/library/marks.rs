//! A clip's pick/reject flag and stars, carried out of the app with an export when the
//! creator asks: in the file's name (`… [pick, 4 stars].mp4`) or in an XMP sidecar beside
//! it (`….xmp`), the form Lightroom, Bridge and darktable read: `xmp:Rating` (−1 for a
//! rejected clip, as Adobe's tools write it; 0 unrated), `xmp:Label` (Pick / Reject), the
//! prompt as `dc:description`.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::filename::MAX_NAME_BYTES;
use crate::model::{ClipFlag, Job};

/// Where an export puts the clips' flags and stars (a setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum ExportMarks {
    /// Not carried: the files are named as in the library.
    #[default]
    None,
    /// At the end of each file's name: `… [pick, 4 stars].mp4`.
    Names,
    /// In an XMP sidecar beside each file (`<name>.xmp`).
    Sidecar,
}

/// The words a name gets for the job's marks (`"pick, 4 stars"`); `None` when unmarked.
fn words(job: &Job) -> Option<String> {
    let flag = job.flag.map(|f| match f {
        ClipFlag::Pick => "pick",
        ClipFlag::Reject => "rejected",
    });
    let stars = job.rating.map(|n| match n {
        1 => "1 star".to_string(),
        n => format!("{n} stars"),
    });
    let parts: Vec<String> = flag.map(str::to_string).into_iter().chain(stars).collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// `name` (a safe library name, `stem.ext`) with the job's marks before the extension,
/// still within [`MAX_NAME_BYTES`]: the stem is shortened (at a character) to make room.
/// Unchanged when the job has no marks.
pub fn marked_name(name: &str, job: &Job) -> String {
    let Some(words) = words(job) else {
        return name.to_string();
    };
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (name, String::new()),
    };
    let tag = format!(" [{words}]");
    let room = MAX_NAME_BYTES.saturating_sub(tag.len() + ext.len());
    let mut cut = stem.len().min(room);
    while !stem.is_char_boundary(cut) {
        cut -= 1;
    }
    let stem = stem[..cut].trim_end_matches([' ', '.']);
    format!("{stem}{tag}{ext}")
}

/// The XMP packet for the job's marks and prompt.
fn sidecar_xmp(job: &Job) -> String {
    let rating = match (job.flag, job.rating) {
        (Some(ClipFlag::Reject), _) => -1,
        (_, Some(n)) => i32::from(n),
        _ => 0,
    };
    let label = match job.flag {
        Some(ClipFlag::Pick) => "\n   <xmp:Label>Pick</xmp:Label>",
        Some(ClipFlag::Reject) => "\n   <xmp:Label>Reject</xmp:Label>",
        None => "",
    };
    let prompt = job
        .prompt
        .as_deref()
        .or(job.params.as_ref().map(|p| &*p.prompt));
    let description = prompt.map_or(String::new(), |p| {
        format!(
            "\n   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:description>",
            escape(p)
        )
    });
    let created = job.created_at.as_deref().map_or(String::new(), |c| {
        format!("\n   <xmp:CreateDate>{}</xmp:CreateDate>", escape(c))
    });
    format!(
        r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/">
   <xmp:Rating>{rating}</xmp:Rating>{label}
   <xmp:CreatorTool>UlazAI Studio</xmp:CreatorTool>{created}{description}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>
"#
    )
}

/// Text as XML character data (and attribute-safe); characters XML 1.0 cannot hold
/// (control characters other than tab and newlines) are left out.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Write the job's sidecar beside the exported `video` (`clip.mp4` → `clip.xmp`). A file
/// already there is never replaced: `None` then (the export still counts).
pub fn write_sidecar(video: &Path, job: &Job) -> std::io::Result<Option<PathBuf>> {
    let path = video.with_extension("xmp");
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
    {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(None),
        Err(e) => return Err(e),
    };
    let written = file
        .write_all(sidecar_xmp(job).as_bytes())
        .and_then(|()| file.sync_all());
    if let Err(e) = written {
        drop(file);
        let _ = std::fs::remove_file(&path);
        return Err(e);
    }
    Ok(Some(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(flag: Option<ClipFlag>, rating: Option<u8>, prompt: &str) -> Job {
        let mut job: Job = serde_json::from_value(serde_json::json!({
            "id": "job-1", "status": "completed", "updated_at": "2026-12-06T10:00:00Z",
            "result_urls": [], "origin": "app", "unknown_to_server": false,
        }))
        .unwrap();
        job.flag = flag;
        job.rating = rating;
        job.prompt = Some(prompt.into());
        job.created_at = Some("2026-12-06T10:00:00Z".into());
        job
    }

    #[test]
    fn names_carry_the_flag_and_stars_before_the_extension() {
        let name = "2026-12-06 1000 kling a cat.mp4";
        assert_eq!(
            marked_name(name, &job(Some(ClipFlag::Pick), Some(4), "")),
            "2026-12-06 1000 kling a cat [pick, 4 stars].mp4"
        );
        assert_eq!(
            marked_name(name, &job(Some(ClipFlag::Reject), None, "")),
            "2026-12-06 1000 kling a cat [rejected].mp4"
        );
        assert_eq!(
            marked_name(name, &job(None, Some(1), "")),
            "2026-12-06 1000 kling a cat [1 star].mp4"
        );
        assert_eq!(marked_name(name, &job(None, None, "")), name);
    }

    #[test]
    fn a_long_name_is_shortened_at_a_character_to_keep_the_bound() {
        let stem = "2026-12-06 1000 kling ".to_string() + &"é".repeat(60);
        let name = format!("{stem}.mp4");
        let marked = marked_name(&name, &job(Some(ClipFlag::Pick), Some(5), ""));
        assert!(marked.len() <= MAX_NAME_BYTES, "{} bytes", marked.len());
        assert!(marked.ends_with("é [pick, 5 stars].mp4"), "{marked}");
    }

    #[test]
    fn the_sidecar_says_rating_label_and_prompt_as_adobe_tools_read_them() {
        let xmp = sidecar_xmp(&job(
            Some(ClipFlag::Pick),
            Some(3),
            "a <cat> & \"dog\"\u{7}",
        ));
        assert!(xmp.contains("<xmp:Rating>3</xmp:Rating>"), "{xmp}");
        assert!(xmp.contains("<xmp:Label>Pick</xmp:Label>"), "{xmp}");
        assert!(
            xmp.contains(">a &lt;cat&gt; &amp; &quot;dog&quot;</rdf:li>"),
            "{xmp}"
        );
        assert!(xmp.contains("<xmp:CreateDate>2026-12-06T10:00:00Z</xmp:CreateDate>"));
        let rejected = sidecar_xmp(&job(Some(ClipFlag::Reject), Some(5), "x"));
        assert!(
            rejected.contains("<xmp:Rating>-1</xmp:Rating>"),
            "{rejected}"
        );
        assert!(rejected.contains("<xmp:Label>Reject</xmp:Label>"));
        let plain = sidecar_xmp(&job(None, None, "x"));
        assert!(plain.contains("<xmp:Rating>0</xmp:Rating>") && !plain.contains("xmp:Label"));
    }

    #[test]
    fn a_sidecar_never_replaces_a_file_already_there() {
        let dir = tempfile::tempdir().unwrap();
        let video = dir.path().join("clip.mp4");
        let first = write_sidecar(&video, &job(None, Some(2), "x")).unwrap();
        assert_eq!(first, Some(dir.path().join("clip.xmp")));
        std::fs::write(dir.path().join("clip.xmp"), "mine").unwrap();
        assert_eq!(
            write_sidecar(&video, &job(None, Some(4), "x")).unwrap(),
            None
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("clip.xmp")).unwrap(),
            "mine"
        );
    }
}
