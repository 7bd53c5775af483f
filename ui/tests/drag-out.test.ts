import { describe, expect, it } from 'vitest';
import { outsideWindow } from '../src/lib/drag-out';

describe('dragging cards out of the window', () => {
  const size = { width: 1280, height: 800 };
  it('starts the OS drag only once the pointer is past an edge', () => {
    expect(outsideWindow({ clientX: 0, clientY: 0 }, size)).toBe(false);
    expect(outsideWindow({ clientX: 1279, clientY: 799 }, size)).toBe(false);
    expect(outsideWindow({ clientX: -1, clientY: 300 }, size)).toBe(true);
    expect(outsideWindow({ clientX: 600, clientY: 800 }, size)).toBe(true);
    expect(outsideWindow({ clientX: 1280, clientY: 10 }, size)).toBe(true);
  });
});
