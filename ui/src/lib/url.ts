// The single gate for server-provided URLs: only these may become a <video src> or be
// offered to open or copy. Everything else is shown as plain text at most.

export interface UrlPolicy {
  /** Demo mode: the embedded simulator serves media from http://127.0.0.1:<port>. */
  demo: boolean;
  /**
   * The API server in use (AppState.base_url). When it is itself a loopback http server (a
   * local simulator), its own media URLs are allowed too — nothing else over plain http.
   */
  serverOrigin?: string | null;
  /** AppState.media_base: the shell's loopback server for files in the local library. */
  mediaBase?: string | null;
}

function isLoopbackServer(url: URL, serverOrigin: string | null | undefined): boolean {
  if (!serverOrigin) return false;
  try {
    const server = new URL(serverOrigin);
    return server.protocol === 'http:' && server.hostname === '127.0.0.1' && server.origin === url.origin;
  } catch {
    return false;
  }
}

/** Job ids the local media server serves (the shell checks them again). */
const LOCAL_ID = /^[A-Za-z0-9_-]{1,128}$/;
/** `http://127.0.0.1:PORT/<token>` as the shell reports it (AppState.media_base). */
const MEDIA_BASE = /^http:\/\/127\.0\.0\.1:\d{1,5}\/[a-f0-9]{32}$/;

/**
 * The address that plays a card's file from the local library: `<media_base>/<job id>`. It
 * names the JOB, never a path: the shell's loopback media server (src-tauri/media_server.rs)
 * looks the file up and serves it only from inside the library folder.
 */
function localMediaUrl(jobId: string, mediaBase: string | null | undefined): string | null {
  if (!mediaBase || !MEDIA_BASE.test(mediaBase) || !LOCAL_ID.test(jobId)) return null;
  return `${mediaBase}/${jobId}`;
}

/** Exactly `<media_base>/<job id>`, nothing more. */
function isLocalMedia(url: URL, mediaBase: string | null | undefined): boolean {
  if (!mediaBase || !MEDIA_BASE.test(mediaBase) || url.search !== '' || url.hash !== '') return false;
  const prefix = `${mediaBase}/`;
  return url.href.startsWith(prefix) && LOCAL_ID.test(url.href.slice(prefix.length));
}

/**
 * Returns the normalised URL when it is safe to load/open, else null.
 * Allowed: `https:` with a host and no embedded credentials; in demo mode also
 * `http://127.0.0.1:<explicit port>`; and the local library's own addresses
 * (`<media_base>/<job id>`).
 */
export function safeMediaUrl(raw: unknown, policy: UrlPolicy): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text === '' || text.length > 4096) return null;
  // Refuse control characters and whitespace inside the URL outright.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (isLocalMedia(url, policy.mediaBase)) return url.href;
  if (url.protocol === 'https:') {
    return url.hostname !== '' ? url.href : null;
  }
  if (url.protocol === 'http:' && policy.demo) {
    return url.hostname === '127.0.0.1' && url.port !== '' ? url.href : null;
  }
  if (url.protocol === 'http:' && isLoopbackServer(url, policy.serverOrigin)) return url.href;
  return null;
}

/** The first safe result URL of a job, or null. */
export function firstSafeUrl(urls: readonly string[] | null | undefined, policy: UrlPolicy): string | null {
  for (const u of urls ?? []) {
    const ok = safeMediaUrl(u, policy);
    if (ok) return ok;
  }
  return null;
}

/** What a card plays: its file in the local library when there, else its first safe URL. */
export function playableUrl(
  job: { id: string; local_file?: string | null; result_urls: readonly string[] },
  policy: UrlPolicy,
): string | null {
  if (job.local_file) {
    const local = localMediaUrl(job.id, policy.mediaBase);
    if (local) return local;
  }
  return firstSafeUrl(job.result_urls, policy);
}
