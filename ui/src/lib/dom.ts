// Small DOM helpers usable under the CSP (style-src 'self'): styles are only ever set
// through the CSSOM (element.style.setProperty), never as style="" attributes.

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
