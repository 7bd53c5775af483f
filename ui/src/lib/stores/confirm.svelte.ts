// One question at a time for the creator, in a modal dialog (ConfirmDialog.svelte): a title, a
// sentence, and the choices as buttons. `ask` resolves with the chosen value, or null when the
// dialog is cancelled (Cancel, Escape, a click outside).
export interface Choice<T extends string = string> {
  value: T;
  label: string;
  /** A destructive choice (drawn in the danger colour). */
  danger?: boolean;
  testid?: string;
}
export interface Question<T extends string = string> {
  title: string;
  message: string;
  choices: Choice<T>[];
  /** The choice focused first (default: Cancel, so Enter never destroys by accident). */
  focus?: T;
}

interface Open {
  question: Question;
  resolve: (value: string | null) => void;
}

class ConfirmStore {
  current = $state.raw<Open | null>(null);

  ask<T extends string>(question: Question<T>): Promise<T | null> {
    this.answer(null);
    return new Promise((resolve) => {
      this.current = { question, resolve: resolve as (v: string | null) => void };
    });
  }
  /** Close the dialog with `value` (null: cancelled). */
  answer(value: string | null): void {
    const open = this.current;
    if (!open) return;
    this.current = null;
    open.resolve(value);
  }
}

export const confirm = new ConfirmStore();
