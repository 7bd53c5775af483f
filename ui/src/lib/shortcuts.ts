// Every keyboard shortcut the app has, in one list: the Keyboard shortcuts sheet shows it, and
// the handlers in the components follow it. Ctrl is Cmd on macOS. The words (and the key
// caps that are words: Ctrl, Enter, Space…) are the catalog's, in the window's language.
import { t } from './stores/locale.svelte';

export interface Shortcut {
  keys: string[];
  does: string;
}
export interface ShortcutGroup {
  /** A stable name for the group's heading id. */
  id: string;
  where: string;
  items: Shortcut[];
}

/** The shortcuts, grouped by where they work, in the window's language. */
export function shortcutGroups(): ShortcutGroup[] {
  const ctrl = t('keys-ctrl');
  const shift = t('keys-shift');
  const alt = t('keys-alt');
  const enter = t('keys-enter');
  const esc = t('keys-esc');
  const del = t('keys-delete');
  return [
    {
      id: 'anywhere',
      where: t('keys-group-anywhere'),
      items: [
        { keys: ['?'], does: t('keys-show-shortcuts') },
        { keys: ['F6'], does: t('keys-next-area') },
        { keys: [ctrl, 'N'], does: t('keys-new-generation') },
        { keys: [ctrl, 'F'], does: t('keys-search') },
        { keys: [ctrl, ','], does: t('keys-settings') },
        { keys: [ctrl, '='], does: t('keys-zoom') },
        { keys: [esc], does: t('keys-escape') },
      ],
    },
    {
      id: 'new',
      where: t('keys-group-new'),
      items: [
        { keys: [ctrl, enter], does: t('keys-generate') },
        { keys: [alt, '↓'], does: t('keys-recent-prompts') },
      ],
    },
    {
      id: 'clips',
      where: t('keys-group-clips'),
      items: [
        { keys: ['←', '→', '↑', '↓'], does: t('keys-move') },
        { keys: [t('keys-space')], does: t('keys-select') },
        { keys: [ctrl, 'A'], does: t('keys-select-all') },
        { keys: [enter], does: t('keys-details') },
        { keys: [shift, 'F10'], does: t('keys-clip-menu') },
        { keys: ['P'], does: t('keys-pick') },
        { keys: ['X'], does: t('keys-reject') },
        { keys: ['U'], does: t('keys-unflag') },
        { keys: ['1–5'], does: t('keys-rate') },
        { keys: ['0'], does: t('keys-clear-stars') },
        { keys: [del], does: t('keys-delete-clips') },
        { keys: ['C'], does: t('keys-compare') },
      ],
    },
    {
      id: 'tray',
      where: t('keys-group-tray'),
      items: [
        { keys: ['←', '→'], does: t('keys-tray-move') },
        { keys: [alt, '←'], does: t('keys-tray-earlier') },
        { keys: [del], does: t('keys-tray-remove') },
        { keys: [enter], does: t('keys-tray-trim') },
        { keys: [esc], does: t('keys-tray-back') },
      ],
    },
    {
      id: 'folders',
      where: t('keys-group-folders'),
      items: [{ keys: ['F2'], does: t('keys-rename-folder') }],
    },
  ];
}
