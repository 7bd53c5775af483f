// Pure selection helpers: an ordered set of job ids (order = the order things were picked,
// which seeds the merge tray's play order).

export type MarqueeMode = 'replace' | 'add' | 'toggle';

/** Marquee mode from the modifier keys held when the drag started. */
export function marqueeMode(e: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): MarqueeMode {
  if (e.ctrlKey || e.metaKey) return 'toggle';
  if (e.shiftKey) return 'add';
  return 'replace';
}

/**
 * The selection while a marquee covers `hits`, starting from `base` (the selection when the
 * drag began). Recomputed from base on every move, so shrinking the marquee un-selects.
 */
export function applyMarquee(base: readonly string[], hits: readonly string[], mode: MarqueeMode): string[] {
  if (mode === 'replace') return dedupe(hits);
  if (mode === 'add') return dedupe([...base, ...hits]);
  const hitSet = new Set(hits);
  const baseSet = new Set(base);
  const kept = base.filter((id) => !hitSet.has(id));
  const added = hits.filter((id) => !baseSet.has(id));
  return dedupe([...kept, ...added]);
}

/** Toggle each id: selected ones leave, others join (at the end). */
export function toggleIds(sel: readonly string[], ids: readonly string[]): string[] {
  return applyMarquee(sel, ids, 'toggle');
}

/** Ids from anchor to target (inclusive) in visible order; [target] when anchor is unknown. */
export function rangeIds(visible: readonly string[], anchor: string | null, target: string): string[] {
  const b = visible.indexOf(target);
  if (b < 0) return [];
  const a = anchor === null ? -1 : visible.indexOf(anchor);
  if (a < 0) return [target];
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const out = visible.slice(lo, hi + 1);
  return a <= b ? out : out.reverse();
}

/** Keep only ids that still exist, preserving order. */
export function pruneIds(sel: readonly string[], exists: (id: string) => boolean): string[] {
  const out = sel.filter(exists);
  return out.length === sel.length ? (sel as string[]) : out;
}

function dedupe(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Keyboard focus movement in a grid of `cols` columns over `count` items. */
export function moveFocus(index: number, key: string, cols: number, count: number, rowsPerPage = 3): number {
  if (count === 0) return -1;
  const i = Math.min(Math.max(index, 0), count - 1);
  switch (key) {
    case 'ArrowRight':
      return Math.min(i + 1, count - 1);
    case 'ArrowLeft':
      return Math.max(i - 1, 0);
    case 'ArrowDown':
      return i + cols < count ? i + cols : i;
    case 'ArrowUp':
      return i - cols >= 0 ? i - cols : i;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(i + cols * rowsPerPage, count - 1);
    case 'PageUp':
      return Math.max(i - cols * rowsPerPage, 0);
    default:
      return i;
  }
}

/**
 * The clips an action on the clip `focused` applies to (a menu item, a drag, a mark key): the
 * selection when that clip is in it (or no clip is named), else that clip alone.
 */
export function actionTargets(selected: readonly string[], focused: string | null): string[] {
  if (focused === null || selected.includes(focused)) return [...selected];
  return [focused];
}
