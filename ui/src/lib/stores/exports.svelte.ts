// "Export selected…": the copy into a folder running now (export://progress).
import type { ExportProgress } from '../bindings/ExportProgress';

class ExportStore {
  /** The export running (null when none, or once it has ended). */
  current = $state.raw<ExportProgress | null>(null);

  onProgress(p: ExportProgress): void {
    this.current = p.state === 'done' || p.state === 'failed' ? null : p;
  }
}

/** 0..1 of the bytes copied, or null while the sizes are not known yet (saving first). */
export function exportFraction(p: ExportProgress | null): number | null {
  if (!p || p.bytes_total <= 0) return null;
  return Math.max(0, Math.min(1, p.bytes_done / p.bytes_total));
}

export const clipExport = new ExportStore();
