// The single gate for server-provided URLs: only these may become a <video src> or be
// offered to open or copy. Everything else is shown as plain text at most.

export interface UrlPolicy {
  /** Demo mode: the embedded simulator serves media from http://127.0.0.1:<port>. */
  demo: boolean;
}

/**
 * Returns the normalised URL when it is safe to load/open, else null.
 * Allowed: `https:` with a host and no embedded credentials; in demo mode also
 * `http://127.0.0.1:<explicit port>`.
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
  if (url.protocol === 'https:') {
    return url.hostname !== '' ? url.href : null;
  }
  if (url.protocol === 'http:' && policy.demo) {
    return url.hostname === '127.0.0.1' && url.port !== '' ? url.href : null;
  }
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
