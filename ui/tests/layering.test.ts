// The UI's layering, checked on the sources: components reach the backend only through
// lib/actions/* (one file per domain); only those and the start-up wiring (lib/boot.ts)
// import the IPC layer.
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(['../src/**/*.ts', '../src/**/*.svelte', '!../src/lib/bindings/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const IMPORTS_IPC = /from\s+['"][^'"]*\/ipc['"]/;
const IMPORTS_TAURI = /from\s+['"]@tauri-apps\/api/;

describe('layering', () => {
  it('reads the sources it checks', () => {
    expect(Object.keys(sources).filter((f) => f.includes('/components/')).length).toBeGreaterThan(10);
  });
  it('only lib/actions/* and lib/boot.ts import the IPC layer; nothing else imports Tauri', () => {
    const importers = Object.entries(sources)
      .filter(([, src]) => IMPORTS_IPC.test(src))
      .map(([file]) => file.replace('../src/', ''));
    expect(importers.filter((f) => !f.startsWith('lib/actions/') && f !== 'lib/boot.ts')).toEqual([]);
    expect(importers).toContain('lib/boot.ts');
    const tauri = Object.entries(sources).filter(([, src]) => IMPORTS_TAURI.test(src)).map(([file]) => file);
    expect(tauri).toEqual(['../src/lib/ipc.ts']);
  });
});
