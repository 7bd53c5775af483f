import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Component styles go to the emitted CSS file (CSP: style-src 'self').
    css: 'external',
  },
};
