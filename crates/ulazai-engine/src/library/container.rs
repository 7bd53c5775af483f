//! Is a file really a video container? The first bytes must be an MP4/QuickTime `ftyp`
//! box or a Matroska/WebM EBML header. A result file that is really a playlist, a web
//! page or anything else never lands in the library (ffmpeg would otherwise pick a
//! format by content, and an HLS playlist can name other local files).

use std::io::Read;
use std::path::Path;

/// The containers the library accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// MP4, MOV, M4V, 3GP: an ISO base media file starting with an `ftyp` box.
    Mp4,
    /// Matroska or WebM: an EBML header whose doc type is `matroska` or `webm`.
    Matroska,
}

/// Why [`check_container`] refused a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContainerError {
    #[error("it is not an MP4, MOV, Matroska or WebM video")]
    NotVideo,
    #[error("it could not be read ({0})")]
    Io(String),
}

/// Bytes read from the start of a file: enough for an `ftyp` box head and an EBML header.
const HEAD: usize = 64;
const EBML_MAGIC: [u8; 4] = [0x1A, 0x45, 0xDF, 0xA3];

/// Check the header of the file at `path` (see the module docs).
pub fn check_container(path: &Path) -> Result<Container, ContainerError> {
    let io = |e: std::io::Error| ContainerError::Io(e.to_string());
    let file = std::fs::File::open(path).map_err(io)?;
    let mut head = Vec::with_capacity(HEAD);
    file.take(HEAD as u64).read_to_end(&mut head).map_err(io)?;
    container_of(&head).ok_or(ContainerError::NotVideo)
}

/// The container the first bytes of a file announce, if one the library accepts.
pub fn container_of(head: &[u8]) -> Option<Container> {
    if is_ftyp(head) {
        Some(Container::Mp4)
    } else if is_matroska(head) {
        Some(Container::Matroska)
    } else {
        None
    }
}

/// `[size: u32 BE]["ftyp"][major brand: 4 printable bytes]…`, the size at least the box
/// head, the major brand and the minor version (16 bytes).
fn is_ftyp(head: &[u8]) -> bool {
    let (Some(size), Some(kind), Some(brand)) = (head.get(..4), head.get(4..8), head.get(8..12))
    else {
        return false;
    };
    let size = u32::from_be_bytes([size[0], size[1], size[2], size[3]]);
    kind == b"ftyp" && size >= 16 && brand.iter().all(|b| (0x20..0x7F).contains(b))
}

/// The EBML magic, then a `DocType` of `matroska` or `webm` within the header.
fn is_matroska(head: &[u8]) -> bool {
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    head.starts_with(&EBML_MAGIC) && (has(b"matroska") || has(b"webm"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_the_accepted_containers() {
        let mut mp4 = vec![0, 0, 0, 0x20];
        mp4.extend_from_slice(b"ftypisom\0\0\x02\0isomiso2avc1mp41");
        assert_eq!(container_of(&mp4), Some(Container::Mp4));
        let mkv = [
            &EBML_MAGIC[..],
            b"\xA3\x42\x86\x81\x01\x42\xF7\x81\x01\x42\x82\x88matroska",
        ]
        .concat();
        assert_eq!(container_of(&mkv), Some(Container::Matroska));
        let webm = [&EBML_MAGIC[..], b"\x9f\x42\x82\x84webm"].concat();
        assert_eq!(container_of(&webm), Some(Container::Matroska));
    }

    #[test]
    fn refuses_everything_else() {
        let playlist = b"#EXTM3U\n#EXT-X-TARGETDURATION:3\n#EXTINF:2.0,\n../x.mp4\n";
        assert_eq!(container_of(playlist), None);
        assert_eq!(container_of(b"<!doctype html><title>x</title>"), None);
        assert_eq!(container_of(b"ffconcat version 1.0\nfile '/x.mp4'\n"), None);
        assert_eq!(container_of(b""), None);
        assert_eq!(container_of(b"\0\0\0\x08ftyp"), None, "a box too short");
        assert_eq!(container_of(b"\0\0\0\x20ftyp\x01\x02\x03\x04"), None);
        assert_eq!(container_of(&EBML_MAGIC), None, "EBML of another kind");
    }

    #[test]
    fn reads_the_file_head() {
        let dir = tempfile::tempdir().unwrap();
        let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ulazai-sim/assets");
        let clip = assets.join("clip-red.mp4");
        assert_eq!(check_container(&clip), Ok(Container::Mp4));
        let fake = dir.path().join("fake.mp4");
        std::fs::write(&fake, "#EXTM3U\n").unwrap();
        assert_eq!(check_container(&fake), Err(ContainerError::NotVideo));
        let missing = check_container(&dir.path().join("gone.mp4"));
        assert!(matches!(missing, Err(ContainerError::Io(_))), "{missing:?}");
    }
}
