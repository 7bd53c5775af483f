//! How WebKitGTK paints the page: on the GPU (its default on Linux) or on the CPU.
//!
//! WebKitGTK paints with Skia on the GPU through OpenGL. A computer without a usable GPU
//! (a virtual machine, a remote desktop, a graphics card without its driver, a CI runner)
//! still has OpenGL, but Mesa's software renderer (llvmpipe): every shader Skia asks for
//! is then compiled by LLVM on the CPU before the first frame, and the rasterising runs on
//! the CPU anyway. Measured here (Xvfb, llvmpipe; `docs/footprint-history.md`): the app's
//! first frame waited about 150 ms for those compilations, and its web process held about
//! 35 MB more than with Skia's own CPU painting.
//!
//! So when OpenGL can only be software, the app asks WebKit to paint on the CPU
//! (`WEBKIT_SKIA_ENABLE_CPU_RENDERING=1`, read by the web process when it starts). A
//! creator who set that variable keeps their own choice. Other systems: nothing to choose.

use std::path::Path;
use std::sync::OnceLock;

/// The variable WebKitGTK's web process reads.
pub const CPU_PAINTING_VAR: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";

/// What [`choose`] decided, for the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Painting {
    /// The creator set [`CPU_PAINTING_VAR`]: left as it is.
    AsSet,
    /// A GPU can draw: WebKit's default (the GPU).
    Gpu,
    /// OpenGL is software only, for this reason: painted on the CPU.
    Cpu(SoftwareGl),
}

/// Why OpenGL can only be software.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SoftwareGl {
    /// `LIBGL_ALWAYS_SOFTWARE` is set (Mesa then never uses a GPU).
    Asked,
    /// `GALLIUM_DRIVER` names one of Mesa's software drivers.
    SoftwareDriver,
    /// No GPU render node (`/dev/dri/renderD*`): nothing but Mesa's software renderer.
    NoRenderNode,
}

impl SoftwareGl {
    /// For the log.
    pub fn reason(self) -> &'static str {
        match self {
            SoftwareGl::Asked => "LIBGL_ALWAYS_SOFTWARE is set",
            SoftwareGl::SoftwareDriver => "GALLIUM_DRIVER is a software driver",
            SoftwareGl::NoRenderNode => "no GPU render node in /dev/dri",
        }
    }
}

/// The decision from the environment (`var`) and whether a GPU render node exists.
pub fn decide(var: &dyn Fn(&str) -> Option<String>, render_node: bool) -> Painting {
    if var(CPU_PAINTING_VAR).is_some() {
        return Painting::AsSet;
    }
    // Mesa reads a set, non-"0"/"false" value as true.
    let truthy = |v: String| !matches!(v.trim().to_ascii_lowercase().as_str(), "" | "0" | "false");
    if var("LIBGL_ALWAYS_SOFTWARE").is_some_and(truthy) {
        return Painting::Cpu(SoftwareGl::Asked);
    }
    let driver = var("GALLIUM_DRIVER").unwrap_or_default();
    if matches!(driver.trim(), "llvmpipe" | "softpipe") {
        return Painting::Cpu(SoftwareGl::SoftwareDriver);
    }
    if !render_node {
        return Painting::Cpu(SoftwareGl::NoRenderNode);
    }
    Painting::Gpu
}

/// Whether `dri` (normally `/dev/dri`) holds a render node (`renderD128`…).
pub fn has_render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    })
}

static CHOSEN: OnceLock<Painting> = OnceLock::new();

/// What [`choose`] decided in this process, if it ran.
pub fn chosen() -> Option<Painting> {
    CHOSEN.get().copied()
}

/// Decide, and ask for CPU painting when OpenGL is software only. Call first thing in
/// `main`, before any thread starts (it sets an environment variable) and before the
/// window's web process is launched (which reads it).
pub fn choose() -> Painting {
    if !cfg!(target_os = "linux") {
        return Painting::Gpu;
    }
    let painting = decide(
        &|name| std::env::var(name).ok(),
        has_render_node(Path::new("/dev/dri")),
    );
    if let Painting::Cpu(_) = painting {
        std::env::set_var(CPU_PAINTING_VAR, "1");
    }
    let _ = CHOSEN.set(painting);
    painting
}

/// Say in the log how the page is painted (once logging is set up).
pub fn log() {
    match chosen() {
        Some(Painting::Cpu(why)) => {
            tracing::info!(reason = why.reason(), "the page is painted on the CPU")
        }
        Some(Painting::AsSet) => {
            tracing::info!(
                var = CPU_PAINTING_VAR,
                "the page is painted as the environment says"
            )
        }
        Some(Painting::Gpu) | None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn a_gpu_keeps_webkits_own_painting() {
        assert_eq!(decide(&env(&[]), true), Painting::Gpu);
        assert_eq!(
            decide(&env(&[("LIBGL_ALWAYS_SOFTWARE", "0")]), true),
            Painting::Gpu
        );
        assert_eq!(
            decide(&env(&[("GALLIUM_DRIVER", "radeonsi")]), true),
            Painting::Gpu
        );
    }

    #[test]
    fn software_opengl_paints_on_the_cpu() {
        assert_eq!(
            decide(&env(&[]), false),
            Painting::Cpu(SoftwareGl::NoRenderNode)
        );
        assert_eq!(
            decide(&env(&[("LIBGL_ALWAYS_SOFTWARE", "1")]), true),
            Painting::Cpu(SoftwareGl::Asked)
        );
        assert_eq!(
            decide(&env(&[("GALLIUM_DRIVER", "llvmpipe")]), true),
            Painting::Cpu(SoftwareGl::SoftwareDriver)
        );
    }

    #[test]
    fn the_creators_own_setting_wins() {
        for value in ["0", "1"] {
            assert_eq!(
                decide(&env(&[(CPU_PAINTING_VAR, value)]), false),
                Painting::AsSet
            );
        }
    }

    #[test]
    fn a_render_node_is_found_among_the_dri_devices() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!has_render_node(dir.path()));
        std::fs::write(dir.path().join("card0"), b"").unwrap();
        assert!(!has_render_node(dir.path()));
        std::fs::write(dir.path().join("renderD128"), b"").unwrap();
        assert!(has_render_node(dir.path()));
        assert!(!has_render_node(&dir.path().join("missing")));
    }
}
