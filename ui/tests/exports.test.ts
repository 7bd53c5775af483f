import { describe, expect, it } from 'vitest';
import { clipExport, exportFraction } from '../src/lib/stores/exports.svelte';
import type { ExportProgress } from '../src/lib/bindings/ExportProgress';

const p = (state: ExportProgress['state'], done: number, total: number): ExportProgress => ({
  export_id: 'e1',
  state,
  dir: '/tmp/out',
  files: 2,
  bytes_done: done,
  bytes_total: total,
  message: null,
});

describe('export progress', () => {
  it('is a fraction of the bytes, unknown while saving first', () => {
    expect(exportFraction(p('saving', 0, 0))).toBeNull();
    expect(exportFraction(p('copying', 50, 200))).toBe(0.25);
    expect(exportFraction(p('copying', 300, 200))).toBe(1);
    expect(exportFraction(null)).toBeNull();
  });
  it('shows while running and goes once done or failed', () => {
    clipExport.onProgress(p('copying', 1, 2));
    expect(clipExport.current?.bytes_done).toBe(1);
    clipExport.onProgress(p('done', 2, 2));
    expect(clipExport.current).toBeNull();
    clipExport.onProgress(p('saving', 0, 0));
    clipExport.onProgress(p('failed', 0, 0));
    expect(clipExport.current).toBeNull();
  });
});
