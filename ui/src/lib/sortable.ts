// Drag-to-reorder for a list Svelte renders: SortableJS in its pointer-event mode (the same
// on every OS webview, and drivable by WebDriver). SortableJS moves the dragged node itself;
// the list belongs to Svelte, so on drop the node goes back where it was and `onMove` hands
// the new order to the store, which re-renders the list.
import Sortable from 'sortablejs';

export interface SortableListOptions {
  /** Which children are dragged. */
  draggable: string;
  /** Only a drag started here moves an item (default: anywhere on it but its buttons). */
  handle?: string;
  direction: 'horizontal' | 'vertical';
  /** An item moved from index `from` to `to`; `item` is its node (back in its place). */
  onMove: (from: number, to: number, item: HTMLElement) => void;
}

/** Makes `list` sortable; returns the teardown (for `$effect`). Classes while dragging:
 *  `chosen` (the picked item), `dragging` (the one under the pointer), `drop-slot`. */
export function sortableList(list: HTMLElement, o: SortableListOptions): () => void {
  let home: { parent: Node; next: Node | null } | null = null;
  const sortable = Sortable.create(list, {
    draggable: o.draggable,
    ...(o.handle ? { handle: o.handle } : { filter: 'button', preventOnFilter: false }),
    forceFallback: true,
    fallbackOnBody: true,
    fallbackTolerance: 4,
    animation: 150,
    direction: o.direction,
    ghostClass: 'drop-slot',
    chosenClass: 'chosen',
    dragClass: 'dragging',
    onStart: (e) => {
      home = { parent: e.item.parentNode!, next: e.item.nextSibling };
    },
    onEnd: (e) => {
      const from = e.oldDraggableIndex;
      const to = e.newDraggableIndex;
      if (home) home.parent.insertBefore(e.item, home.next);
      home = null;
      if (from === undefined || to === undefined || from === to) return;
      o.onMove(from, to, e.item);
    },
  });
  return () => sortable.destroy();
}
