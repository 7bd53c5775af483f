// A merge on this computer (merge://progress) and whether ffmpeg, which it needs, is there.
import type { FfmpegStatus, MergeProgress } from '../types';

class LocalMergeStore {
  /** The local merge in progress (or just finished/failed), if any. */
  progress = $state.raw<MergeProgress | null>(null);
  /** Set when a merge was refused because ffmpeg is missing; cleared when dismissed. */
  ffmpeg = $state.raw<FfmpegStatus | null>(null);

  running = $derived(this.progress !== null && (this.progress.stage === 'downloading' || this.progress.stage === 'merging'));

  onProgress(p: MergeProgress): void {
    const other = this.progress && this.progress.merge_id !== p.merge_id;
    if (other && p.stage !== 'downloading' && p.stage !== 'merging') return;
    this.progress = p;
  }
}

export const localMerge = new LocalMergeStore();
