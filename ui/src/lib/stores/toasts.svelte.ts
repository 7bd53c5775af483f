// Toasts: short confirmations and errors, announced to screen readers.
export type ToastKind = 'info' | 'success' | 'error';
export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  action?: { label: string; run: () => void };
}

class ToastStore {
  items = $state.raw<Toast[]>([]);
  #next = 1;
  #timers = new Map<number, ReturnType<typeof setTimeout>>();

  show(message: string, kind: ToastKind = 'info', action?: Toast['action']): number {
    const id = this.#next++;
    this.items = [...this.items.slice(-2), { id, kind, message, action }]; // at most three
    const ms = kind === 'error' ? 8000 : 4000;
    this.#timers.set(id, setTimeout(() => this.dismiss(id), ms));
    return id;
  }
  success(message: string, action?: Toast['action']): number {
    return this.show(message, 'success', action);
  }
  error(message: string, action?: Toast['action']): number {
    return this.show(message, 'error', action);
  }
  dismiss(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.items = this.items.filter((t) => t.id !== id);
  }
}

export const toasts = new ToastStore();
