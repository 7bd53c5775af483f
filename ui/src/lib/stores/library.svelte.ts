// The local library: where finished clips are saved (library_info) and the downloads into
// it that are running now (download://progress).
import type { DownloadProgress, LibraryInfo } from '../types';

class LibraryStore {
  info = $state.raw<LibraryInfo | null>(null);
  /** Running downloads by job id (done/failed entries are dropped). */
  downloads = $state.raw<Record<string, DownloadProgress>>({});

  onDownload(p: DownloadProgress): void {
    const next = { ...this.downloads };
    if (p.state === 'downloading') next[p.job_id] = p;
    else delete next[p.job_id];
    this.downloads = next;
  }
}

/** 0..1, or null when the size is unknown. */
export function downloadFraction(p: DownloadProgress | undefined): number | null {
  if (!p || !p.total || p.total <= 0) return null;
  return Math.max(0, Math.min(1, p.received / p.total));
}

export const library = new LibraryStore();
