// One error vocabulary: the UI tells errors apart by the generated ErrorCode, in a switch
// (typed: a code Rust does not have fails the type check), never by comparing a code with
// a string; it shows the backend's sentence as it is.
import { afterEach, describe, expect, it } from 'vitest';
import { describeError, isCreditsError } from '../src/lib/errors';
import { call, setTransport } from '../src/lib/ipc';
import { mergeTray } from '../src/lib/actions/merge';
import { jobs } from '../src/lib/stores/jobs.svelte';
import { locale } from '../src/lib/stores/locale.svelte';
import { localMerge } from '../src/lib/stores/local-merge.svelte';
import { toasts } from '../src/lib/stores/toasts.svelte';
import { tray } from '../src/lib/stores/tray.svelte';
import type { CommandError, ErrorCode } from '../src/lib/types';
import { job } from './helpers';

const sources = import.meta.glob(['../src/**/*.ts', '../src/**/*.svelte', '!../src/lib/bindings/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const err = (code: ErrorCode, message = '', retry_after_secs: number | null = null): CommandError => ({ code, message, retry_after_secs, fields: [] });

/** `x.code === 'y'`, `'y' !== x.code` and the like (a `typeof x.code === 'string'` is not a code). */
const CODE_THEN_STRING = /(?<!typeof\s+[\w$.?]*)\.code\s*[!=]==?\s*['"`]/;
const STRING_THEN_CODE = /['"`]\s*[!=]==?\s*[\w$.?]*\.code\b/;

afterEach(() => {
  for (const t of toasts.items) toasts.dismiss(t.id);
});

describe('error codes', () => {
  it('are never compared with a string in the UI sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    const found = Object.entries(sources).flatMap(([file, src]) =>
      src.split('\n').flatMap((line, i) => (CODE_THEN_STRING.test(line) || STRING_THEN_CODE.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
  it('the check catches a comparison and lets a switch or a typeof through', () => {
    for (const bad of ["if (ce.code === 'ffmpeg_missing')", "e.code !== 'x'", "'rate_limited' == err.code", 'a?.code==="b"']) {
      expect(CODE_THEN_STRING.test(bad) || STRING_THEN_CODE.test(bad), bad).toBe(true);
    }
    for (const ok of ['switch (ce.code) {', "typeof o.code === 'string'", "case 'ffmpeg_path':", 'e.code,']) {
      expect(CODE_THEN_STRING.test(ok) || STRING_THEN_CODE.test(ok), ok).toBe(false);
    }
  });
  it('the backend sentence is shown as it is, whatever the code', () => {
    expect(describeError(err('unauthorized', 'UlazAI did not accept your API key. Check it in Settings → API key.'))).toBe(
      'UlazAI did not accept your API key. Check it in Settings → API key.',
    );
    expect(describeError(err('not_found', '  This clip is no longer in the app. '))).toBe('This clip is no longer in the app.');
    expect(describeError(err('keyring_unavailable'))).toBe('Something went wrong (keyring_unavailable).');
  });
  it('words an error without a sentence in the window\'s language', async () => {
    expect(describeError(err('insufficient_credits'))).toBe('Not enough credits for this batch. Add credits on ulazai.com, or lower the count.');
    await locale.use('de');
    try {
      expect(describeError(err('insufficient_credits'))).toBe(
        'Nicht genug Credits für diesen Batch. Laden Sie Credits auf ulazai.com auf oder verringern Sie die Anzahl.',
      );
      expect(describeError(err('keyring_unavailable'))).toBe('Etwas ist schiefgelaufen (keyring_unavailable).');
      // The backend's sentence (already in the window's language) is shown as it is.
      expect(describeError(err('insufficient_credits', 'Nicht genug Credits.'))).toBe('Nicht genug Credits.');
    } finally {
      await locale.use('en');
    }
    expect(describeError(err('keyring_unavailable'))).toBe('Something went wrong (keyring_unavailable).');
  });
  it('names the clock time and the wait of a rate limit without a sentence', () => {
    const text = describeError(err('rate_limited', '', 720), Date.UTC(2026, 0, 1, 12, 0));
    expect(text).toMatch(/^UlazAI's rate limit was reached\. You can try again at \d{1,2}:\d{2}( [AP]M)?, in 12 min\.$/);
    expect(describeError(err('rate_limited'))).toBe("UlazAI's rate limit was reached. Wait a few minutes, then try again.");
  });
  it('knows a credits error by its code', () => {
    expect(isCreditsError(err('insufficient_credits', 'Not enough credits.'))).toBe(true);
    expect(isCreditsError(err('rate_limited', 'Wait.'))).toBe(false);
  });
  it('a rejection that is not a CommandError becomes an internal one', async () => {
    setTransport({
      name: 'test',
      listen: async () => () => {},
      invoke: async (cmd) => {
        if (cmd === 'app_state') throw 'invalid args `settings` for command `set_settings`';
        throw { message: 'no code at all' };
      },
    });
    await expect(call('app_state')).rejects.toEqual({
      code: 'internal',
      message: 'invalid args `settings` for command `set_settings`',
      retry_after_secs: null,
      fields: [],
    });
    await expect(call('list_folders')).rejects.toMatchObject({ code: 'internal', message: 'no code at all' });
  });
  it('a merge without ffmpeg shows how to install it instead of a toast', async () => {
    setTransport({
      name: 'test',
      listen: async () => () => {},
      invoke: async () => {
        throw err('ffmpeg_missing', 'Merging on this computer needs ffmpeg, which is not installed. Install it with apt.');
      },
    });
    const clips = [job(), job()];
    for (const c of clips) jobs.upsert(c);
    for (const c of clips) tray.add(c.id);
    await mergeTray('local');
    expect(localMerge.ffmpeg).toEqual({ available: false, how_to_install: 'Merging on this computer needs ffmpeg, which is not installed. Install it with apt.' });
    expect(toasts.items).toEqual([]);
    tray.clear();
  });
});
