// View state that is not backend data: open panels, the job in the detail panel, a pending
// "focus this card" request, and the card drag in progress (for folder drop targets).

export interface CardDrag {
  ids: string[];
  x: number;
  y: number;
  /** Folder under the pointer: a folder id, 'unfiled', or null. */
  over: string | null;
}

class UiStore {
  settingsOpen = $state(false);
  /** The Keyboard shortcuts sheet. */
  shortcutsOpen = $state(false);
  /** In a narrow window the folders are a drawer: is it open? */
  foldersOpen = $state(false);
  /** In a very narrow window (a small window zoomed in) the side panel is a drawer too: is
   *  it open? Opening a clip's details or the form opens it; wider windows ignore it. */
  panelOpen = $state(false);
  /** Job shown in the side panel; null shows the generate form. */
  detailId = $state<string | null>(null);
  /** A request to scroll to + focus + highlight a card (notification Open, new job). */
  focusRequest = $state.raw<{ id: string; seq: number; highlight: boolean; focus: boolean } | null>(null);
  highlightId = $state<string | null>(null);
  drag = $state.raw<CardDrag | null>(null);
  /** Height the clip grid needs for one full row of cards (0: no grid). The panels around it
   *  (banners, queue, merge tray) shrink and scroll before the grid goes below this. */
  gridMinHeight = $state(0);
  #seq = 0;

  /** Scroll a card into view and flash it; `focus` also moves keyboard focus to it. */
  focusJob(id: string, highlight = true, focus = true): void {
    this.focusRequest = { id, seq: ++this.#seq, highlight, focus };
  }
  /** The id of the Settings field to focus when it opens (else the API key). */
  settingsFocus = $state<string | null>(null);
  openSettings(focus: string | null = null): void {
    this.settingsFocus = focus;
    this.settingsOpen = true;
  }
  showDetail(id: string | null): void {
    this.detailId = id;
    if (id !== null) this.openPanel();
  }
  /** The generate form in the side panel, opened where the panel is a drawer. */
  showForm(): void {
    this.detailId = null;
    this.openPanel();
  }
  /** One drawer at a time: the side panel's opens over the folders'. */
  openPanel(): void {
    this.panelOpen = true;
    this.foldersOpen = false;
  }
}

export const ui = new UiStore();

export interface MenuItem {
  label: string;
  run: () => void;
  /** A stable hook for end-to-end tests (else `menu-item`). */
  testid?: string;
  /** The keys that do the same, shown on the right ("Ctrl+,"). */
  keys?: string;
  danger?: boolean;
  disabled?: boolean;
  /** Marks the current choice (e.g. the folder a clip is in). */
  checked?: boolean;
  separatorBefore?: boolean;
}
export interface MenuState {
  x: number;
  y: number;
  label: string;
  items: MenuItem[];
  /** Element to refocus when the menu closes. */
  returnFocus: HTMLElement | null;
}

class MenuStore {
  current = $state.raw<MenuState | null>(null);
  open(m: MenuState): void {
    this.current = m;
  }
  close(): void {
    const r = this.current?.returnFocus;
    this.current = null;
    if (r && r.isConnected) r.focus();
  }
}

export const menu = new MenuStore();
