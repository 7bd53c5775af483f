import { describe, expect, it } from 'vitest';
import { renderAnnouncement } from '../src/lib/announce';
import { job } from './helpers';

const names: Record<string, string> = { veo31_fast: 'Veo 3.1 Fast', kling_3_0: 'Kling 3.0' };
const name = (slug: string | null) => (slug ? (names[slug] ?? null) : null);

describe('render announcements', () => {
  it('announces a render seen running when it finishes, with the display name', () => {
    const running = job({ status: 'processing', model_slug: 'veo31_fast', prompt: 'A heron over a lake' });
    expect(renderAnnouncement(running, { ...running, status: 'completed' }, name)).toEqual({
      text: 'Finished: A heron over a lake (Veo 3.1 Fast)',
      urgency: 'polite',
    });
  });
  it('says nothing for a job first seen finished, or for later updates of a finished one (once)', () => {
    const done = job({ status: 'completed' });
    expect(renderAnnouncement(undefined, done, name)).toBeNull();
    expect(renderAnnouncement(done, { ...done, local_file: '/lib/a.mp4' }, name)).toBeNull();
    const pending = job({ status: 'pending' });
    expect(renderAnnouncement(pending, { ...pending, status: 'processing' }, name)).toBeNull();
  });
  it('announces a failure assertively, with its reason, model, prompt and refund', () => {
    const running = job({ status: 'pending', model_slug: 'kling_3_0', prompt: 'A refused prompt' });
    const failed = { ...running, status: 'failed', error_message: 'The provider rejected this prompt (content policy).', credits_refunded: true };
    expect(renderAnnouncement(running, failed, name)).toEqual({
      text: 'Failed: The provider rejected this prompt (content policy) (Kling 3.0, “A refused prompt”). Credits refunded.',
      urgency: 'assertive',
    });
    expect(renderAnnouncement(running, { ...failed, error_message: null, credits_refunded: null, prompt: null }, name)?.text).toBe(
      'Failed: no reason given (Kling 3.0).',
    );
  });
  it('never reads out a slug: an unknown model is left out', () => {
    const running = job({ status: 'processing', model_slug: 'mystery_model_9', prompt: 'Dunes' });
    const said = renderAnnouncement(running, { ...running, status: 'completed' }, name);
    expect(said?.text).toBe('Finished: Dunes');
    expect(said?.text).not.toContain('mystery_model_9');
  });
  it('names a merge for what it is and shortens long prompts', () => {
    const merge = job({ status: 'processing', origin: 'merge', model_slug: 'merge', prompt: null });
    expect(renderAnnouncement(merge, { ...merge, status: 'completed' }, name)?.text).toBe('Finished: merged clip');
    const long = job({ status: 'processing', model_slug: 'veo31_fast', prompt: 'x'.repeat(200) });
    const text = renderAnnouncement(long, { ...long, status: 'completed' }, name)!.text;
    expect(text).toBe(`Finished: ${'x'.repeat(80)}… (Veo 3.1 Fast)`);
  });
});
