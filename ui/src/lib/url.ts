// The single gate for server-provided URLs: only these may become a <video src> or be
// offered to open or copy. Everything else is shown as plain text at most.
// It is the UI's copy of the engine's `result` rule (crates/ulazai-engine/src/urls.rs); both
// are tested against the same table (urls_table.json beside it).

export interface UrlPolicy {
  /**
   * The API server in use (AppState.base_url). When it is itself a loopback http server (a
   * local simulator, the demo), its own media URLs are allowed too — nothing else over plain
   * http.
   */
  serverOrigin?: string | null;
  /** AppState.media_base: the shell's loopback server for files in the local library. */
  mediaBase?: string | null;
}

const LOOPBACK_HOST = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])$/i;
/** Hosts that reach this computer (as `new URL` normalises them): loopback, unspecified,
 * `localhost` and `*.localhost`, IPv4-mapped forms. */
const THIS_COMPUTER = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|localhost\.?|.+\.localhost\.?|\[::1?\]|\[::ffff:(7f[0-9a-f]{2}:[0-9a-f]{1,4}|0:0)\])$/i;
/** Address literals of a private network (as `new URL` normalises them): 10/8, 172.16/12,
 * 192.168/16, 169.254/16, 100.64/10, fc00::/7, fe80::/10, and their IPv4-mapped forms. */
const PRIVATE_NETWORK = /^(10\.\d{1,3}\.\d{1,3}\.\d{1,3}|172\.(1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|169\.254\.\d{1,3}\.\d{1,3}|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.\d{1,3}\.\d{1,3}|\[f[cd][0-9a-f]{2}:[0-9a-f:]*\]|\[fe[89ab][0-9a-f]:[0-9a-f:]*\]|\[::ffff:(a[0-9a-f]{2}|c0a8|a9fe|ac1[0-9a-f]|64[4-7][0-9a-f]):[0-9a-f]{1,4}\])$/i;

function isLoopbackServer(url: URL, serverOrigin: string | null | undefined): boolean {
  if (!serverOrigin) return false;
  try {
    const server = new URL(serverOrigin);
    return server.protocol === 'http:' && LOOPBACK_HOST.test(server.hostname) && server.origin === url.origin;
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

/** The poster (first frame, a JPEG) of a clip played from the local library:
 * `<media_base>/<job id>/poster`; null for any other address. */
export function posterUrl(raw: string, policy: UrlPolicy): string | null {
  try {
    return isLocalMedia(new URL(raw), policy.mediaBase) ? `${raw}/poster` : null;
  } catch {
    return null;
  }
}

/**
 * Returns the normalised URL when it is safe to load/open, else null.
 * Allowed: `https:` with a host and no embedded credentials; `http:` on exactly the origin
 * of the server in use when that is a local simulator (the demo); and the local library's
 * own addresses (`<media_base>/<job id>`).
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
    const local = THIS_COMPUTER.test(url.hostname) || PRIVATE_NETWORK.test(url.hostname);
    return url.hostname !== '' && !local ? url.href : null;
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
