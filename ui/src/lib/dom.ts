// Small DOM helpers usable under the CSP (style-src 'self'): styles are only ever set
// through the CSSOM (element.style.setProperty), never as style="" attributes; and where
// keyboard focus goes when what had it goes away.
import { tick } from 'svelte';

type Vars = Record<string, string | number | null | undefined>;

function applyVars(node: HTMLElement, vars: Vars, prev: Vars | null): void {
  for (const k of Object.keys(prev ?? {})) if (!(k in vars)) node.style.removeProperty(k);
  for (const [k, v] of Object.entries(vars)) {
    if (v === null || v === undefined) node.style.removeProperty(k);
    else node.style.setProperty(k, typeof v === 'number' ? `${v}px` : v);
  }
}

/** `use:cssVars={{ '--cols': '3', transform: 'translateY(10px)' }}`; numbers become px. */
export function cssVars(node: HTMLElement, vars: Vars) {
  let prev: Vars | null = null;
  applyVars(node, vars, prev);
  prev = vars;
  return {
    update(next: Vars) {
      applyVars(node, next, prev);
      prev = next;
    },
  };
}

/** Is the event target something that types text (so global shortcuts stand aside)? */
export function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return true;
  if (t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return true;
  if (t instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'range'].includes(t.type);
  return false;
}

/** Ctrl on Windows/Linux, Cmd on macOS (either is accepted everywhere). */
export function isPrimaryModifier(e: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return e.ctrlKey || e.metaKey;
}

/**
 * Moves keyboard focus once the UI has updated (the element may not exist yet): `target` is
 * a CSS selector or a function that finds the element. Waits for Svelte's update, then a few
 * short retries — never for an animation frame, which a window that is not painting may not
 * get for a long time. Gives up (answers false) when the person has moved focus meanwhile:
 * focus is never pulled away from where they are typing.
 */
export async function focusSoon(target: string | (() => HTMLElement | null | undefined)): Promise<boolean> {
  const from = document.activeElement;
  for (let attempt = 0; attempt < 10; attempt++) {
    await (attempt === 0 ? tick() : new Promise((r) => setTimeout(r, 30)));
    const now = document.activeElement;
    if (now && now !== from && now !== document.body) return false;
    const el = typeof target === 'string' ? document.querySelector<HTMLElement>(target) : target();
    if (el && el.getClientRects().length) {
      el.focus();
      return document.activeElement === el;
    }
  }
  return false;
}

/** The prompt of the generate form: where "start something" lands. */
export const PROMPT = '#gen-prompt';

/** Back to the clips: the card holding the grid's tab stop, else the grid, else the prompt. */
export function focusGrid(): Promise<boolean> {
  return focusSoon(
    () =>
      document.querySelector<HTMLElement>('[data-testid="job-card"][tabindex="0"]') ??
      document.querySelector<HTMLElement>('[data-testid="job-grid"]') ??
      document.querySelector<HTMLElement>(PROMPT),
  );
}

/**
 * Remembers what has focus now (opening a dialog); the returned function puts focus back
 * there when the dialog closes, or on the clips when that element is gone.
 */
export function rememberFocus(): () => void {
  const before = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  return () => {
    if (before && before.isConnected) void focusSoon(() => before);
    else void focusGrid();
  };
}

/** `use:keyboardScroll`: a region that scrolls only when its content is longer than it (a
 *  long language, a small window) joins the Tab order while it scrolls, so that the
 *  keyboard can scroll it too (WCAG 2.1.1); it leaves the Tab order when all of it shows. */
export function keyboardScroll(node: HTMLElement) {
  const update = () => {
    const scrolls = node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1;
    if (scrolls && node.tabIndex < 0) node.tabIndex = 0;
    else if (!scrolls && node.hasAttribute('tabindex')) node.removeAttribute('tabindex');
  };
  const resized = new ResizeObserver(update);
  resized.observe(node);
  const changed = new MutationObserver(update);
  changed.observe(node, { childList: true, subtree: true, characterData: true });
  update();
  return {
    destroy() {
      resized.disconnect();
      changed.disconnect();
    },
  };
}
