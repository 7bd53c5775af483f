// F6 / Shift+F6: move focus between the window's areas, as desktop apps do. Each area is an
// element with `data-region`; focus lands on the control that area would give it anyway
// (the current folder, the grid's current clip, the tray's current clip, the prompt).
import { focusSoon } from './dom';

const ORDER = ['folders', 'clips', 'tray', 'panel'] as const;
type Region = (typeof ORDER)[number];

const ENTRY: Record<Region, string[]> = {
  folders: ['[aria-current="page"]', 'button'],
  clips: ['[data-testid="job-card"][tabindex="0"]', '[data-testid="job-grid"]', 'button'],
  tray: ['[data-testid="merge-tray-item"][tabindex="0"]', '[data-testid="merge-button"]'],
  panel: ['#gen-prompt', '[data-testid="detail-close"]', 'button, input, select, textarea'],
};

function shown(el: Element): boolean {
  return el.getClientRects().length > 0;
}

function entry(region: Region): HTMLElement | null {
  const root = document.querySelector(`[data-region="${region}"]`);
  if (!root || !shown(root)) return null;
  for (const sel of ENTRY[region]) {
    const el = [...root.querySelectorAll<HTMLElement>(sel)].find(shown);
    if (el) return el;
  }
  return null;
}

/** Focus the next (or previous) area that is on screen. */
export function cycleRegion(back: boolean): void {
  const at = (document.activeElement?.closest('[data-region]') as HTMLElement | null)?.dataset.region as Region | undefined;
  const from = at ? ORDER.indexOf(at) : back ? 0 : -1;
  for (let step = 1; step <= ORDER.length; step++) {
    const i = (from + (back ? -step : step) + ORDER.length * 2) % ORDER.length;
    const el = entry(ORDER[i]);
    if (el) {
      void focusSoon(() => el);
      return;
    }
  }
}
