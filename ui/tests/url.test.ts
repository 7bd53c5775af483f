import { describe, expect, it } from 'vitest';
import { firstSafeUrl, safeMediaUrl } from '../src/lib/url';

const live = { demo: false };
const demo = { demo: true };

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
  it('allows http://127.0.0.1:<port> only in demo mode', () => {
    expect(safeMediaUrl('http://127.0.0.1:47110/media/a.mp4', live)).toBeNull();
    expect(safeMediaUrl('http://127.0.0.1:47110/media/a.mp4', demo)).toBe('http://127.0.0.1:47110/media/a.mp4');
    expect(safeMediaUrl('http://127.0.0.1/media/a.mp4', demo)).toBeNull(); // no explicit port
    expect(safeMediaUrl('http://localhost:47110/a.mp4', demo)).toBeNull();
    expect(safeMediaUrl('http://127.0.0.2:47110/a.mp4', demo)).toBeNull();
    expect(safeMediaUrl('http://127.0.0.1.evil.com:80/a.mp4', demo)).toBeNull();
    expect(safeMediaUrl('http://0x7f000001:47110/a.mp4', demo)).toBe('http://127.0.0.1:47110/a.mp4'); // normalised by URL
  });
  it('picks the first safe URL', () => {
    expect(firstSafeUrl(['javascript:x', 'https://a.com/v.mp4'], live)).toBe('https://a.com/v.mp4');
    expect(firstSafeUrl([], live)).toBeNull();
    expect(firstSafeUrl(null, live)).toBeNull();
  });
});
