// Toasts: short confirmations and errors, announced to screen readers. An undoable toast
// ("Removed from view · Undo") commits its change only when it closes without Undo.
import { t } from './locale.svelte';
export type ToastKind = 'info' | 'success' | 'error';
export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  action?: { label: string; run: () => void };
}

const LIFETIME_MS: Record<ToastKind, number> = { info: 4000, success: 4000, error: 8000 };
/** Long enough to notice a mistake and reach Undo (by keyboard too). */
const UNDO_MS = 10_000;

class ToastStore {
  items = $state.raw<Toast[]>([]);
  #next = 1;
  #timers = new Map<number, ReturnType<typeof setTimeout>>();
  /** Run when a toast closes other than through its action (timeout, dismiss, pushed out). */
  #onClose = new Map<number, () => void>();
  #lifetime = new Map<number, number>();

  show(message: string, kind: ToastKind = 'info', action?: Toast['action']): number {
    return this.#add({ kind, message, action }, LIFETIME_MS[kind]);
  }
  success(message: string, action?: Toast['action']): number {
    return this.show(message, 'success', action);
  }
  error(message: string, action?: Toast['action']): number {
    return this.show(message, 'error', action);
  }
  /** A change that takes effect when the toast closes (`commit`), unless Undo runs `undo`. */
  undoable(message: string, undo: () => void, commit: () => void = () => {}): number {
    const id = this.#add({ kind: 'info', message, action: { label: t('app-toast-undo'), run: undo } }, UNDO_MS);
    this.#onClose.set(id, commit);
    return id;
  }
  /** The toast's action was chosen: run it, close the toast without committing. */
  act(id: number): void {
    const t = this.items.find((x) => x.id === id);
    this.#onClose.delete(id);
    this.dismiss(id);
    t?.action?.run();
  }
  /** While the pointer or keyboard focus is on a toast it stays (WCAG 2.2.1). */
  hold(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
  }
  release(id: number): void {
    const ms = this.#lifetime.get(id);
    if (ms === undefined || this.#timers.has(id)) return;
    this.#timers.set(id, setTimeout(() => this.dismiss(id), ms));
  }
  dismiss(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.#lifetime.delete(id);
    this.items = this.items.filter((t) => t.id !== id);
    const done = this.#onClose.get(id);
    this.#onClose.delete(id);
    done?.();
  }

  #add(t: Omit<Toast, 'id'>, ms: number): number {
    const id = this.#next++;
    // At most three on screen: the oldest goes (and commits, if it was undoable).
    const overflow = this.items.slice(0, Math.max(0, this.items.length - 2));
    this.items = [...this.items.slice(-2), { id, ...t }];
    for (const old of overflow) this.dismiss(old.id);
    this.#lifetime.set(id, ms);
    this.#timers.set(id, setTimeout(() => this.dismiss(id), ms));
    return id;
  }
}

export const toasts = new ToastStore();
