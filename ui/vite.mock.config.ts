// DEV ONLY: builds the mock preview + benchmark pages (dev/*.html) into dist-mock/.
// The production build (vite.config.ts) never includes them.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist-mock',
    emptyOutDir: true,
    target: 'es2021',
    assetsInlineLimit: 0,
    minify: false, // readable profiles
    rollupOptions: {
      input: {
        mock: 'dev/mock.html',
        bench: 'dev/bench.html',
      },
    },
  },
});
