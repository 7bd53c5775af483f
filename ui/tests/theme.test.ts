import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyTheme } from '../src/lib/theme';

// A stand-in for the OS setting: jsdom-free tests have no matchMedia.
function fakeOs(dark: boolean) {
  const listeners = new Set<() => void>();
  const mq = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  };
  vi.stubGlobal('window', { matchMedia: () => mq });
  return {
    set(v: boolean) {
      dark = v;
      listeners.forEach((f) => f());
    },
    listeners,
  };
}

describe('theme', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('applies an explicit choice as is', () => {
    fakeOs(true);
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    applyTheme('light', root);
    expect(root.dataset.theme).toBe('light');
  });
  it('follows the OS live for system, and stops when cleaned up', () => {
    const os = fakeOs(false);
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    const stop = applyTheme('system', root);
    expect(root.dataset.theme).toBe('light');
    os.set(true);
    expect(root.dataset.theme).toBe('dark');
    stop();
    expect(os.listeners.size).toBe(0);
    os.set(false);
    expect(root.dataset.theme).toBe('dark');
  });
});
