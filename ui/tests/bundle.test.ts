// The production bundle as Vite builds it: what the window loads before its first paint.
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

describe('the production bundle', () => {
  it('loads another language only when it is chosen', async () => {
    const out = (await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { write: false } })) as Rollup.RollupOutput;
    const chunks = out.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
    const entry = chunks.find((c) => c.isEntry)!;
    const locales = (files: string[]) => files.filter((f) => /locale-/.test(f));
    // Each language is a chunk of its own, asked for when it is chosen...
    expect(locales(entry.dynamicImports).length).toBeGreaterThanOrEqual(7);
    // ...not imported by the start: every language's text parsed before the first paint.
    expect(locales(entry.imports)).toEqual([]);
    // The language picker still names each language in itself without loading it.
    expect(entry.code).toContain('Deutsch');
  }, 120_000);
});
