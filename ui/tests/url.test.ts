import { describe, expect, it } from 'vitest';
import table from '../../crates/ulazai-engine/src/urls_table.json';
import { firstSafeUrl, playableUrl, posterUrl, safeMediaUrl } from '../src/lib/url';

const live = { serverOrigin: 'https://ulazai.com' };
const demo = { serverOrigin: 'http://127.0.0.1:47110' };

describe('safeMediaUrl', () => {
  it('accepts https URLs', () => {
    expect(safeMediaUrl('https://media.ulazai.com/video_studio/results/job-1.mp4', live)).toBe(
      'https://media.ulazai.com/video_studio/results/job-1.mp4',
    );
    expect(safeMediaUrl('  https://cdn.example.com/a b.mp4', live)).toBeNull(); // inner space
    expect(safeMediaUrl('https://cdn.example.com/a%20b.mp4?sig=1#t=2', live)).toBe('https://cdn.example.com/a%20b.mp4?sig=1#t=2');
  });
  it('rejects every other scheme', () => {
    for (const u of [
      'http://media.ulazai.com/a.mp4',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:video/mp4;base64,AAAA',
      'file:///etc/passwd',
      'blob:https://x/1',
      'ftp://x/a.mp4',
      '//media.ulazai.com/a.mp4',
      '/relative.mp4',
      'asset://abc',
      'tauri://localhost/x',
    ]) {
      expect(safeMediaUrl(u, live), u).toBeNull();
      expect(safeMediaUrl(u, demo), u).toBeNull();
    }
  });
  it('rejects credentials, control characters, non-strings and huge input', () => {
    expect(safeMediaUrl('https://user:pw@media.ulazai.com/a.mp4', live)).toBeNull();
    expect(safeMediaUrl('https://media.ulazai.com/a.mp4\n', live)).not.toBeNull(); // trimmed at the ends
    expect(safeMediaUrl('https://media.ulazai.com/\u0000a.mp4', live)).toBeNull();
    expect(safeMediaUrl('https://media.ulazai.com/\ta.mp4', live)).toBeNull();
    expect(safeMediaUrl(null, live)).toBeNull();
    expect(safeMediaUrl(42, live)).toBeNull();
    expect(safeMediaUrl('', live)).toBeNull();
    expect(safeMediaUrl(`https://a.com/${'x'.repeat(5000)}`, live)).toBeNull();
  });
  it('allows plain http only on the demo simulator\'s own origin', () => {
    expect(safeMediaUrl('http://127.0.0.1:47110/media/a.mp4', live)).toBeNull();
    expect(safeMediaUrl('http://127.0.0.1:47110/media/a.mp4', demo)).toBe('http://127.0.0.1:47110/media/a.mp4');
    expect(safeMediaUrl('http://127.0.0.1:47111/media/a.mp4', demo)).toBeNull(); // another port
    expect(safeMediaUrl('http://127.0.0.1/media/a.mp4', demo)).toBeNull(); // no explicit port
    expect(safeMediaUrl('http://localhost:47110/a.mp4', demo)).toBeNull();
    expect(safeMediaUrl('http://127.0.0.2:47110/a.mp4', demo)).toBeNull();
    expect(safeMediaUrl('http://127.0.0.1.evil.com:80/a.mp4', demo)).toBeNull();
    expect(safeMediaUrl('http://0x7f000001:47110/a.mp4', demo)).toBe('http://127.0.0.1:47110/a.mp4'); // normalised by URL
  });
  it('follows the engine\'s table for result addresses', () => {
    const cases: { kind: string; url: string; server?: string; ok: boolean; why: string }[] = table;
    const results = cases.filter((c) => c.kind === 'result');
    expect(results.length).toBeGreaterThan(15);
    for (const c of results) {
      expect(safeMediaUrl(c.url, { serverOrigin: c.server }) !== null, `${c.url} (${c.why})`).toBe(c.ok);
    }
  });
  it('allows plain http only from the loopback server in use', () => {
    const local = { serverOrigin: 'http://127.0.0.1:47110' };
    expect(safeMediaUrl('http://127.0.0.1:47110/media/a.mp4', local)).toBe('http://127.0.0.1:47110/media/a.mp4');
    expect(safeMediaUrl('http://127.0.0.1:47111/media/a.mp4', local)).toBeNull(); // another port
    expect(safeMediaUrl('http://evil.example/a.mp4', { serverOrigin: 'http://evil.example' })).toBeNull();
    expect(safeMediaUrl('http://127.0.0.1:47110/a.mp4', { serverOrigin: 'https://ulazai.com' })).toBeNull();
    expect(safeMediaUrl('http://127.0.0.1:47110/a.mp4', { serverOrigin: 'not a url' })).toBeNull();
  });
  it('picks the first safe URL', () => {
    expect(firstSafeUrl(['javascript:x', 'https://a.com/v.mp4'], live)).toBe('https://a.com/v.mp4');
    expect(firstSafeUrl([], live)).toBeNull();
    expect(firstSafeUrl(null, live)).toBeNull();
  });
});

describe('local library media', () => {
  const base = 'http://127.0.0.1:41234/0123456789abcdef0123456789abcdef';
  const withBase = { mediaBase: base };
  it('builds job-named addresses, never paths', () => {
    // A saved clip with no result link plays from the library, or not at all.
    const local = (id: string, mediaBase: string | null) =>
      playableUrl({ id, local_file: '/lib/x.mp4', result_urls: [] }, { mediaBase });
    expect(local('local-merge-1b9d', base)).toBe(`${base}/local-merge-1b9d`);
    expect(local('../etc/passwd', base)).toBeNull();
    expect(local('a/b', base)).toBeNull();
    expect(local('', base)).toBeNull();
    expect(local('j1', null)).toBeNull();
    expect(local('j1', 'http://evil.com:80/0123456789abcdef0123456789abcdef')).toBeNull();
    expect(local('j1', 'http://127.0.0.1:80/short')).toBeNull();
  });
  it('accepts exactly <media_base>/<job id>', () => {
    expect(safeMediaUrl(`${base}/job-1`, withBase)).toBe(`${base}/job-1`);
    expect(safeMediaUrl(`${base}/job-1`, live)).toBeNull(); // no base known: not served
    for (const u of [
      `${base}/a/b`,
      `${base}/..%2Fetc`,
      `${base}/job-1?path=/etc/passwd`,
      `${base}/job-1#x`,
      'http://127.0.0.1:41234/ffffffffffffffffffffffffffffffff/job-1',
      'http://127.0.0.1:41235/0123456789abcdef0123456789abcdef/job-1',
      'media://localhost/job-1',
      'asset://localhost/%2Fhome%2Fx.mp4',
    ]) {
      expect(safeMediaUrl(u, withBase), u).toBeNull();
    }
  });
  it('prefers the local file for playback', () => {
    const job = { id: 'j1', local_file: '/lib/x.mp4', result_urls: ['https://media.ulazai.com/a.mp4'] };
    expect(playableUrl(job, withBase)).toBe(`${base}/j1`);
    expect(playableUrl(job, live)).toBe('https://media.ulazai.com/a.mp4');
    expect(playableUrl({ ...job, local_file: null }, withBase)).toBe('https://media.ulazai.com/a.mp4');
    expect(playableUrl({ id: 'j2', local_file: null, result_urls: [] }, withBase)).toBeNull();
  });
  it('has posters for library clips only', () => {
    expect(posterUrl(`${base}/j1`, withBase)).toBe(`${base}/j1/poster`);
    expect(posterUrl('https://media.ulazai.com/a.mp4', withBase)).toBeNull();
    expect(posterUrl(`${base}/j1?x=1`, withBase)).toBeNull();
    expect(posterUrl(`${base}/j1`, live)).toBeNull();
    expect(posterUrl('not a url', withBase)).toBeNull();
  });
});
