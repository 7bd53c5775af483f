// i18n: pending (its words are not in the catalog yet)
// Every keyboard shortcut the app has, in one list: the Keyboard shortcuts sheet shows it, and
// the handlers in the components follow it. Ctrl is Cmd on macOS.

export interface Shortcut {
  keys: string[];
  does: string;
}
export interface ShortcutGroup {
  where: string;
  items: Shortcut[];
}

export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    where: 'Anywhere',
    items: [
      { keys: ['?'], does: 'Show these keyboard shortcuts' },
      { keys: ['F6'], does: 'Next area: folders, clips, merge tray, side panel (Shift+F6: previous)' },
      { keys: ['Ctrl', 'N'], does: 'New generation: go to the prompt' },
      { keys: ['Ctrl', 'F'], does: 'Search the clips' },
      { keys: ['Ctrl', ','], does: 'Settings' },
      { keys: ['Ctrl', '='], does: 'Zoom in (Ctrl+- zooms out, Ctrl+0 resets)' },
      { keys: ['Esc'], does: 'Clear the selection, then close the clip details' },
    ],
  },
  {
    where: 'New generation',
    items: [
      { keys: ['Ctrl', 'Enter'], does: 'Generate' },
      { keys: ['Alt', '↓'], does: 'Recent prompts, in the prompt (type to search, Enter uses one)' },
    ],
  },
  {
    where: 'Clips',
    items: [
      { keys: ['←', '→', '↑', '↓'], does: 'Move between clips (Home, End, Page Up, Page Down too)' },
      { keys: ['Space'], does: 'Select or deselect the clip (Shift+arrows extend the selection; several selected clips join the merge tray)' },
      { keys: ['Ctrl', 'A'], does: 'Select every clip in view' },
      { keys: ['Enter'], does: 'Show the clip’s details' },
      { keys: ['Shift', 'F10'], does: 'Clip menu: open, save, move to a folder, remove… (also the Menu key)' },
      { keys: ['P'], does: 'Pick the selected clips (or the focused one)' },
      { keys: ['X'], does: 'Reject the selected clips (shown dimmed)' },
      { keys: ['U'], does: 'Unflag: neither picked nor rejected' },
      { keys: ['1–5'], does: 'Rate the selected clips 1 to 5 stars' },
      { keys: ['0'], does: 'Clear the stars' },
      { keys: ['Delete'], does: 'Delete the selected clips: their files go to the trash (asks first; Undo in the toast; Cmd+Backspace on a Mac). Shift+Delete removes them from the library and keeps the files' },
      { keys: ['C'], does: 'Compare the 2 to 4 selected clips side by side: Space plays them together, , and . (or ← →) step a frame, P / X / U and 0–5 mark the highlighted one, Esc closes' },
    ],
  },
  {
    where: 'Merge tray',
    items: [
      { keys: ['←', '→'], does: 'Move between clips in the tray' },
      { keys: ['Alt', '←'], does: 'Move the clip earlier (Alt+→: later)' },
      { keys: ['Delete'], does: 'Take the clip out of the merge' },
      { keys: ['Enter'], does: 'Trim the clip: ←/→ one frame, Shift+←/→ one second, I sets the in point, O the out point' },
      { keys: ['Esc'], does: 'Back to the clips (the tray keeps its order)' },
    ],
  },
  {
    where: 'Folders',
    items: [{ keys: ['F2'], does: 'Rename the folder' }],
  },
];
