//! A source clip: its `ftyp`, `moov` and the samples of each track.

use super::boxes::{find, parse, table, u32_at, version0, Node};

/// One track of a source clip: its samples in decode order.
pub(super) struct Track {
    pub(super) timescale: u32,
    pub(super) durations: Vec<u32>,
    pub(super) sizes: Vec<u32>,
    pub(super) offsets: Vec<u32>,
    /// None: every sample is a sync sample (no `stss`).
    pub(super) sync: Option<Vec<bool>>,
    /// Where the edit list starts in the media (an audio encoder's priming samples).
    pub(super) media_time: u32,
    pub(super) sample_description: Vec<u8>,
}

pub(super) fn track(trak: &Node) -> Result<Track, String> {
    let mdhd = version0(trak.path(&[b"mdia", b"mdhd"])?)?;
    let stbl = trak.path(&[b"mdia", b"minf", b"stbl"])?;
    if stbl.child(b"ctts").is_ok() {
        return Err("composition offsets (ctts) are not supported".into());
    }
    let durations: Vec<u32> = table(stbl.child(b"stts")?.body()?, 4, 2)?
        .into_iter()
        .flat_map(|e| std::iter::repeat_n(e[1], e[0] as usize))
        .collect();
    let stsz = stbl.child(b"stsz")?.body()?;
    let (fixed, count) = (u32_at(stsz, 4)?, u32_at(stsz, 8)? as usize);
    let sizes: Vec<u32> = if fixed != 0 {
        vec![fixed; count]
    } else {
        (0..count)
            .map(|i| u32_at(stsz, 12 + 4 * i))
            .collect::<Result<_, _>>()?
    };
    let chunks: Vec<u32> = table(stbl.child(b"stco")?.body()?, 4, 1)?
        .into_iter()
        .map(|e| e[0])
        .collect();
    let runs = table(stbl.child(b"stsc")?.body()?, 4, 3)?;
    let mut offsets = Vec::with_capacity(count);
    for (c, chunk_offset) in chunks.iter().enumerate() {
        let chunk = c as u32 + 1;
        let per_chunk = runs
            .iter()
            .rev()
            .find(|r| r[0] <= chunk)
            .map_or(0, |r| r[1]);
        let mut at = *chunk_offset;
        for _ in 0..per_chunk {
            let size = *sizes
                .get(offsets.len())
                .ok_or("stsc names too many samples")?;
            offsets.push(at);
            at += size;
        }
    }
    if offsets.len() != count || durations.len() != count || count == 0 {
        return Err("the sample tables disagree".into());
    }
    let sync = match stbl.child(b"stss") {
        Ok(stss) => {
            let mut flags = vec![false; count];
            for e in table(stss.body()?, 4, 1)? {
                *flags
                    .get_mut(e[0] as usize - 1)
                    .ok_or("stss out of range")? = true;
            }
            Some(flags)
        }
        Err(_) => None,
    };
    let media_time = match trak.path(&[b"edts", b"elst"]) {
        Ok(elst) => u32_at(version0(elst)?, 12)?,
        Err(_) => 0,
    };
    Ok(Track {
        timescale: u32_at(mdhd, 12)?,
        durations,
        sizes,
        offsets,
        sync,
        media_time,
        sample_description: stbl.child(b"stsd")?.body()?.to_vec(),
    })
}

pub(super) struct Source<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) ftyp: Node,
    pub(super) moov: Node,
    pub(super) tracks: Vec<Track>,
}

pub(super) fn source(bytes: &[u8]) -> Result<Source<'_>, String> {
    let top = parse(bytes)?;
    let find = |kind: &[u8; 4]| {
        top.iter()
            .find(|n| n.kind() == kind)
            .cloned()
            .ok_or_else(|| format!("no {} box", String::from_utf8_lossy(kind)))
    };
    let moov = find(b"moov")?;
    let Node::Parent { children, .. } = &moov else {
        unreachable!("moov is parsed as a parent")
    };
    let tracks = children
        .iter()
        .filter(|c| c.kind() == b"trak")
        .map(track)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Source {
        bytes,
        ftyp: find(b"ftyp")?,
        moov,
        tracks,
    })
}

/// A sample description without what differs between clips of identical codec settings:
/// the bit rates an encoder notes (the `btrt` box, and an `esds` decoder config's maximum
/// and average). Two clips whose views are equal decode with either's description.
pub(super) fn codec_view(stsd: &[u8]) -> Vec<u8> {
    let mut v = stsd.to_vec();
    if let Some(at) = find(&v, b"btrt").filter(|at| *at >= 4) {
        let size = u32_at(&v, at - 4).unwrap_or(0) as usize;
        let end = (at - 4 + size).min(v.len());
        v[(at + 4).min(end)..end].fill(0);
    }
    // esds: version/flags, ES_Descriptor (0x03, length, ES_ID, flags), DecoderConfig (0x04,
    // length, object type, stream type, buffer size (3), max bit rate (4), avg bit rate (4)).
    let skip_length = |v: &[u8], mut k: usize| {
        while v.get(k).is_some_and(|b| b & 0x80 != 0) {
            k += 1;
        }
        k + 1
    };
    if let Some(at) = find(&v, b"esds") {
        let es = at + 8;
        if v.get(es) == Some(&0x03) {
            let config = skip_length(&v, es + 1) + 3;
            if v.get(config) == Some(&0x04) {
                let rates = skip_length(&v, config + 1) + 5;
                if rates + 8 <= v.len() {
                    v[rates..rates + 8].fill(0);
                }
            }
        }
    }
    v
}
