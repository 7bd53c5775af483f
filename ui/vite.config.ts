import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Production build: only index.html -> dist/ (embedded by Tauri as frontendDist).
// The mock preview (dev/) has its own config, vite.mock.config.ts, and never lands in dist/.
export default defineConfig({
  plugins: [svelte()],
  base: './',
  clearScreen: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2021',
    cssCodeSplit: false,
    // Keep assets as files: the CSP forbids data: for scripts and inline styles.
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: {
      output: {
        // One file per language of the message catalog, loaded when it is chosen. Each
        // language's `meta.ftl` (its name, for the picker) is read at start and stays in
        // the main file: in its language's file it made the start import every language.
        manualChunks(id: string) {
          const [, lang, file] = /\/locales\/([^/]+)\/([^/]+)\.ftl/.exec(id) ?? [];
          return lang && lang !== 'en' && file !== 'meta' ? `locale-${lang}` : undefined;
        },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
