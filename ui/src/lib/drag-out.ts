// When a card drag leaves the window (then the OS drag of the files takes over). Pure.

/** Is the pointer outside the window? (The webview keeps reporting a held button's moves.) */
export function outsideWindow(
  e: { clientX: number; clientY: number },
  size: { width: number; height: number } = { width: window.innerWidth, height: window.innerHeight },
): boolean {
  return e.clientX < 0 || e.clientY < 0 || e.clientX >= size.width || e.clientY >= size.height;
}
