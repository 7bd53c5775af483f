// The page's theme is always an explicit data-theme ('light' or 'dark'), so the stylesheet
// holds each palette once. 'system' follows the OS setting, live.
import type { Theme } from './types';

/** Applies a theme choice to <html>; returns the clean-up for the OS listener. */
export function applyTheme(choice: Theme, root: HTMLElement = document.documentElement): () => void {
  if (choice !== 'system') {
    root.dataset.theme = choice;
    return () => {};
  }
  const os = window.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => (root.dataset.theme = os.matches ? 'dark' : 'light');
  follow();
  os.addEventListener('change', follow);
  return () => os.removeEventListener('change', follow);
}
