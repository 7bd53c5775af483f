// The web account, the local library and local merges, as the shell reports them
// (session://state, download://progress, merge://progress). Never a cookie: only states.
import type { DownloadProgress, FfmpegStatus, LibraryInfo, MergeProgress, WebSessionStatus } from '../types';

export class MediaStore {
  session = $state.raw<WebSessionStatus>({ state: 'none', user: null, message: null, signing_in: false });
  library = $state.raw<LibraryInfo | null>(null);
  ffmpeg = $state.raw<FfmpegStatus | null>(null);
  /** Running downloads by job id (done/failed entries are dropped). */
  downloads = $state.raw<Record<string, DownloadProgress>>({});
  /** The local merge in progress (or just finished/failed), if any. */
  merge = $state.raw<MergeProgress | null>(null);
  /** The banner was dismissed for this expiry. */
  expiredDismissed = $state(false);

  connected = $derived(this.session.state === 'connected');
  expired = $derived(this.session.state === 'expired');
  merging = $derived(this.merge !== null && (this.merge.stage === 'downloading' || this.merge.stage === 'merging'));

  setSession(s: WebSessionStatus): void {
    if (s.state !== 'expired') this.expiredDismissed = false;
    this.session = s;
  }
  onDownload(p: DownloadProgress): void {
    const next = { ...this.downloads };
    if (p.state === 'downloading') next[p.job_id] = p;
    else delete next[p.job_id];
    this.downloads = next;
  }
  onMerge(p: MergeProgress): void {
    if (this.merge && this.merge.merge_id !== p.merge_id && p.stage !== 'downloading' && p.stage !== 'merging') return;
    this.merge = p;
  }
}

/** 0..1, or null when the size is unknown. */
export function downloadFraction(p: DownloadProgress | undefined): number | null {
  if (!p || !p.total || p.total <= 0) return null;
  return Math.max(0, Math.min(1, p.received / p.total));
}

export const media = new MediaStore();
