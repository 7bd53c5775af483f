//! Clips of any length from the short embedded ones, without ffmpeg at run time.
//!
//! An MP4 is a list of samples (frames) and tables that say where each one is and how long
//! it lasts. [`build`] plays the samples of each segment's clip again and again until the
//! segment's length is reached (a video loop restarts on the clip's first frame, a key
//! frame), one segment after the other, and writes a new MP4: the first clip's `ftyp` and
//! sample descriptions, new sample tables and durations, and an `mdat` holding the samples.
//!
//! Measured for the simulator's 320x180 clips: ffmpeg-made clips at every duration the
//! matrix offers would embed about 790 KB per colour (3.2 MB for the four); built here,
//! nothing is embedded beyond the four 2 s clips (60 KB), and a built clip costs what an
//! encoded one would (about 7.5 KB a second), in memory, only while it is served.
//!
//! Only what the embedded clips use is read: 32-bit box sizes, version-0 headers, `stco`,
//! no `ctts` (no B-frames). Anything else is refused with an error.

use std::collections::HashMap;

mod boxes;
mod source;

use boxes::{children_mut, full_box, set_u32, u32_at, version0, visit, Node};
use source::{codec_view, source, Source};

/// One part of a built clip: `clip` (an MP4) played in a loop for `seconds`.
#[derive(Debug, Clone, Copy)]
pub struct Segment<'a> {
    pub clip: &'a [u8],
    pub seconds: f64,
}

/// A sample of the built clip: which source and sample, its duration and decode time.
struct Out {
    source: usize,
    sample: usize,
    duration: u32,
    sync: bool,
    at_secs: f64,
}

/// The samples of track `t` for every segment, looped to each segment's length. A track
/// whose edit list skips priming samples keeps them once, at the start, and skips them in
/// every later loop.
fn samples(sources: &[Source], segments: &[Segment], t: usize) -> Vec<Out> {
    let mut out = Vec::new();
    let mut ticks: u64 = 0;
    let mut wanted: f64 = 0.0;
    let timescale = sources[0].tracks[t].timescale;
    let nominal = sources[0].tracks[t].durations[0];
    for (s, segment) in segments.iter().enumerate() {
        let tr = &sources[s].tracks[t];
        let priming = tr.media_time as u64;
        wanted += segment.seconds * timescale as f64;
        let skip = (priming as usize).div_ceil(nominal as usize);
        let first = if out.is_empty() { 0 } else { skip };
        let mut i = first;
        while (ticks.saturating_sub(priming) as f64) < wanted.round() {
            // Every sample lasts the track's nominal duration: a source's short last frame
            // is whole when it is followed by more.
            out.push(Out {
                source: s,
                sample: i,
                duration: nominal,
                sync: tr.sync.as_ref().is_none_or(|f| f[i]),
                at_secs: ticks as f64 / timescale as f64,
            });
            ticks += nominal as u64;
            i += 1;
            if i == tr.sizes.len() {
                i = skip;
            }
        }
    }
    out
}

/// Run-length `(count, value)` pairs.
fn runs(values: impl Iterator<Item = u32>) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for v in values {
        match out.last_mut() {
            Some((n, last)) if *last == v => *n += 1,
            _ => out.push((1, v)),
        }
    }
    out
}

/// The sample tables of one built track; chunk offsets relative to the `mdat` body.
fn sample_table(
    sources: &[Source],
    t: usize,
    outs: &[Out],
    at: &HashMap<(usize, usize), u32>,
) -> Vec<Node> {
    let template = &sources[0].tracks[t];
    let mut stts = Vec::new();
    let r = runs(outs.iter().map(|o| o.duration));
    stts.push(r.len() as u32);
    r.into_iter().for_each(|(n, d)| stts.extend([n, d]));
    let mut tables = vec![
        Node::Leaf {
            kind: *b"stsd",
            body: template.sample_description.clone(),
        },
        full_box(b"stts", stts),
    ];
    if template.sync.is_some() {
        let keys: Vec<u32> = (1..=outs.len() as u32)
            .filter(|i| outs[*i as usize - 1].sync)
            .collect();
        tables.push(full_box(
            b"stss",
            std::iter::once(keys.len() as u32).chain(keys),
        ));
    }
    tables.push(full_box(b"stsc", [1, 1, 1, 1]));
    let sizes = outs
        .iter()
        .map(|o| sources[o.source].tracks[t].sizes[o.sample]);
    tables.push(full_box(
        b"stsz",
        [0, outs.len() as u32].into_iter().chain(sizes),
    ));
    let offsets = outs.iter().map(|o| at[&(o.source, o.sample)]);
    tables.push(full_box(
        b"stco",
        std::iter::once(outs.len() as u32).chain(offsets),
    ));
    tables
}

/// A new MP4 playing each segment's clip in a loop for the segment's length, in order.
/// Every clip must have the same tracks and sample descriptions as the first.
pub fn build(segments: &[Segment]) -> Result<Vec<u8>, String> {
    if segments.is_empty() {
        return Err("no segment".into());
    }
    let sources = segments
        .iter()
        .map(|s| source(s.clip))
        .collect::<Result<Vec<_>, _>>()?;
    let lead = &sources[0];
    for s in &sources {
        let same = s.tracks.len() == lead.tracks.len()
            && s.tracks.iter().zip(&lead.tracks).all(|(a, b)| {
                codec_view(&a.sample_description) == codec_view(&b.sample_description)
                    && a.timescale == b.timescale
            });
        if !same {
            return Err("the clips' tracks differ; they cannot be joined".into());
        }
    }
    let per_track: Vec<Vec<Out>> = (0..lead.tracks.len())
        .map(|t| samples(&sources, segments, t))
        .collect();

    // The mdat: each distinct source sample once, in interleaved decode order.
    let mut order: Vec<(f64, usize, usize)> = per_track
        .iter()
        .enumerate()
        .flat_map(|(t, outs)| outs.iter().enumerate().map(move |(k, o)| (o.at_secs, t, k)))
        .collect();
    order.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut mdat = Vec::new();
    let mut at: Vec<HashMap<(usize, usize), u32>> = vec![HashMap::new(); lead.tracks.len()];
    for (_, t, k) in order {
        let o = &per_track[t][k];
        at[t].entry((o.source, o.sample)).or_insert_with(|| {
            let tr = &sources[o.source].tracks[t];
            let (from, size) = (tr.offsets[o.sample] as usize, tr.sizes[o.sample] as usize);
            let here = mdat.len() as u32;
            mdat.extend_from_slice(&sources[o.source].bytes[from..from + size]);
            here
        });
    }

    let total: f64 = segments.iter().map(|s| s.seconds).sum();
    let mut moov = lead.moov.clone();
    let movie_scale = u32_at(version0(moov.child(b"mvhd")?)?, 12)?;
    let movie_len = (total * movie_scale as f64).round() as u32;
    visit(&mut moov, &[b"mvhd"], &mut |n| set_u32(n, 16, movie_len));
    let traks = children_mut(&mut moov)
        .iter_mut()
        .filter(|c| c.kind() == b"trak");
    for (t, trak) in traks.enumerate() {
        let outs = &per_track[t];
        let media_len: u32 = outs.iter().map(|o| o.duration).sum();
        version0(trak.child(b"tkhd")?)?;
        visit(trak, &[b"tkhd"], &mut |n| set_u32(n, 20, movie_len));
        visit(trak, &[b"edts", b"elst"], &mut |n| set_u32(n, 8, movie_len));
        visit(trak, &[b"mdia", b"mdhd"], &mut |n| {
            set_u32(n, 16, media_len)
        });
        let tables = sample_table(&sources, t, outs, &at[t]);
        visit(trak, &[b"mdia", b"minf", b"stbl"], &mut |n| {
            *children_mut(n) = tables.clone();
        });
    }

    // Chunk offsets are known once the moov's size is: it does not depend on them.
    let mut head = Vec::new();
    lead.ftyp.write(&mut head);
    moov.write(&mut head);
    let base = head.len() as u32 + 8;
    visit(
        &mut moov,
        &[b"trak", b"mdia", b"minf", b"stbl", b"stco"],
        &mut |n| {
            if let Node::Leaf { body, .. } = n {
                for k in (8..body.len()).step_by(4) {
                    let v = u32::from_be_bytes(body[k..k + 4].try_into().expect("4 bytes"));
                    body[k..k + 4].copy_from_slice(&(v + base).to_be_bytes());
                }
            }
        },
    );
    let mut out = Vec::with_capacity(head.len() + 8 + mdat.len());
    lead.ftyp.write(&mut out);
    moov.write(&mut out);
    Node::Leaf {
        kind: *b"mdat",
        body: mdat,
    }
    .write(&mut out);
    Ok(out)
}
