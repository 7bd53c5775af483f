//! MP4 boxes: parsed into a tree (containers and leaves), changed, written back with
//! their sizes recomputed.

/// A box: a leaf keeps its body as is, a container holds its parsed children.
#[derive(Debug, Clone)]
pub(super) enum Node {
    Leaf { kind: [u8; 4], body: Vec<u8> },
    Parent { kind: [u8; 4], children: Vec<Node> },
}

const PARENTS: [&[u8; 4]; 6] = [b"moov", b"trak", b"edts", b"mdia", b"minf", b"stbl"];

impl Node {
    pub(super) fn kind(&self) -> &[u8; 4] {
        match self {
            Node::Leaf { kind, .. } | Node::Parent { kind, .. } => kind,
        }
    }

    pub(super) fn child(&self, kind: &[u8; 4]) -> Result<&Node, String> {
        match self {
            Node::Parent { children, .. } => children.iter().find(|c| c.kind() == kind),
            Node::Leaf { .. } => None,
        }
        .ok_or_else(|| format!("no {} box", String::from_utf8_lossy(kind)))
    }

    pub(super) fn path(&self, kinds: &[&[u8; 4]]) -> Result<&Node, String> {
        kinds.iter().try_fold(self, |node, kind| node.child(kind))
    }

    pub(super) fn body(&self) -> Result<&[u8], String> {
        match self {
            Node::Leaf { body, .. } => Ok(body),
            Node::Parent { kind, .. } => {
                Err(format!("{} is not a leaf", String::from_utf8_lossy(kind)))
            }
        }
    }

    pub(super) fn write(&self, out: &mut Vec<u8>) {
        let start = out.len();
        out.extend_from_slice(&[0; 4]);
        out.extend_from_slice(self.kind());
        match self {
            Node::Leaf { body, .. } => out.extend_from_slice(body),
            Node::Parent { children, .. } => children.iter().for_each(|c| c.write(out)),
        }
        let size = (out.len() - start) as u32;
        out[start..start + 4].copy_from_slice(&size.to_be_bytes());
    }
}

pub(super) fn parse(mut bytes: &[u8]) -> Result<Vec<Node>, String> {
    let mut nodes = Vec::new();
    while !bytes.is_empty() {
        if bytes.len() < 8 {
            return Err("a truncated box header".into());
        }
        let size = u32_at(bytes, 0)? as usize;
        let kind: [u8; 4] = bytes[4..8].try_into().expect("4 bytes");
        if size < 8 || size > bytes.len() {
            return Err(format!(
                "box {} has size {size} (64-bit sizes are not read)",
                String::from_utf8_lossy(&kind)
            ));
        }
        let body = &bytes[8..size];
        nodes.push(if PARENTS.contains(&&kind) {
            Node::Parent {
                kind,
                children: parse(body)?,
            }
        } else {
            Node::Leaf {
                kind,
                body: body.to_vec(),
            }
        });
        bytes = &bytes[size..];
    }
    Ok(nodes)
}

pub(super) fn u32_at(b: &[u8], at: usize) -> Result<u32, String> {
    b.get(at..at + 4)
        .map(|s| u32::from_be_bytes(s.try_into().expect("4 bytes")))
        .ok_or_else(|| "a table ends early".to_string())
}

/// The `count` entries of a full-box table (version/flags, then count) of `width` u32s each.
pub(super) fn table(body: &[u8], first: usize, width: usize) -> Result<Vec<Vec<u32>>, String> {
    let count = u32_at(body, first)? as usize;
    (0..count)
        .map(|i| {
            (0..width)
                .map(|k| u32_at(body, first + 4 + 4 * (i * width + k)))
                .collect()
        })
        .collect()
}

pub(super) fn version0(node: &Node) -> Result<&[u8], String> {
    let body = node.body()?;
    match body.first() {
        Some(0) => Ok(body),
        _ => Err(format!(
            "{} is not version 0",
            String::from_utf8_lossy(node.kind())
        )),
    }
}

pub(super) fn full_box(kind: &[u8; 4], words: impl IntoIterator<Item = u32>) -> Node {
    let mut body = vec![0u8; 4];
    words
        .into_iter()
        .for_each(|w| body.extend_from_slice(&w.to_be_bytes()));
    Node::Leaf { kind: *kind, body }
}

/// Overwrite the u32 at `at` of a version-0 leaf.
pub(super) fn set_u32(node: &mut Node, at: usize, value: u32) {
    if let Node::Leaf { body, .. } = node {
        body[at..at + 4].copy_from_slice(&value.to_be_bytes());
    }
}

pub(super) fn children_mut(node: &mut Node) -> &mut Vec<Node> {
    match node {
        Node::Parent { children, .. } => children,
        Node::Leaf { .. } => unreachable!("only parents are walked"),
    }
}

pub(super) fn visit(node: &mut Node, kinds: &[&[u8; 4]], f: &mut dyn FnMut(&mut Node)) {
    match kinds.split_first() {
        None => f(node),
        Some((kind, rest)) => {
            if let Node::Parent { children, .. } = node {
                for c in children.iter_mut().filter(|c| c.kind() == *kind) {
                    visit(c, rest, f);
                }
            }
        }
    }
}

pub(super) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
