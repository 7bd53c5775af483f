// The render queue as the engine last told it (queue://updated), the import preview being
// looked at, and the per-model render estimates the cards show.
import type { QueuePreview, QueueView, RenderEstimate } from '../types';

class QueueStore {
  view = $state.raw<QueueView | null>(null);
  /** The import/variations preview waiting for confirmation (the dialog shows it). */
  preview = $state.raw<{ preview: QueuePreview; source: string } | null>(null);
  estimates = $state.raw<Map<string, RenderEstimate>>(new Map());
  /** Which queue dialog is open: an import (also a dropped file) or variations. */
  dialog = $state<'import' | 'variations' | null>(null);

  items = $derived(this.view?.items ?? []);
  paused = $derived(!!this.view?.pause);

  openDialog(mode: 'import' | 'variations'): void {
    this.dialog = mode;
  }
  /** A command's answer and `queue://updated` can arrive in either order: the newer wins. */
  set(view: QueueView): void {
    if (this.view && view.revision < this.view.revision) return;
    this.view = view;
  }
  setEstimates(list: RenderEstimate[]): void {
    this.estimates = new Map(list.map((e) => [e.model_slug, e]));
  }
  estimate(slug: string | null | undefined): RenderEstimate | undefined {
    return slug ? this.estimates.get(slug) : undefined;
  }
}

export const queue = new QueueStore();
