// A prompt list chosen in the import dialog: its size is checked before it is read, so a
// huge file is refused without being loaded into memory (the backend refuses it too).
import { describe, expect, it, vi } from 'vitest';
import { MAX_PROMPT_LIST_BYTES, readPromptList } from '../src/lib/prompt-list';
import dialog from '../src/components/ImportDialog.svelte?raw';

/** A file that says `size` bytes and counts how often it is read. */
function fakeFile(name: string, size: number, text = 'a fox\n') {
  return { name, size, text: vi.fn(async () => text) };
}

describe('a chosen prompt list', () => {
  it('over 4 MB is refused before it is read', async () => {
    const f = fakeFile('big.csv', MAX_PROMPT_LIST_BYTES + 1);
    expect(await readPromptList(f)).toEqual({ error: 'big.csv is larger than 4 MB: too large for a prompt list.' });
    expect(f.text).not.toHaveBeenCalled();
  });
  it('of 4 MB or less is read', async () => {
    const f = fakeFile('prompts.txt', MAX_PROMPT_LIST_BYTES);
    expect(await readPromptList(f)).toEqual({ text: 'a fox\n' });
    expect(f.text).toHaveBeenCalledTimes(1);
    expect(MAX_PROMPT_LIST_BYTES).toBe(4 * 1024 * 1024);
  });
  it('a real File object works the same', async () => {
    const f = new File(['x'.repeat(MAX_PROMPT_LIST_BYTES + 1)], 'real.txt');
    expect(await readPromptList(f)).toEqual({ error: 'real.txt is larger than 4 MB: too large for a prompt list.' });
  });
  it('the import dialog reads a file only through the size check', () => {
    expect(dialog).not.toMatch(/file\.text\(\)/);
    expect(dialog).toMatch(/readPromptList\(/);
  });
});
