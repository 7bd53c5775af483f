import { describe, expect, it } from 'vitest';
import { cardEstimate, creditsText, estimateText, formatHm, keyboardMove, pauseText, previewSummary, queuedLabel, queuedWhen, submitNowBlocked } from '../src/lib/queue';
import type { QueuedItem, QueuePreview, QueueView, RenderEstimate } from '../src/lib/types';

const NOW = Date.parse('2026-03-01T14:00:00Z');

function item(state: QueuedItem['item']['state'], starts_at: string | null, error: string | null = null): QueuedItem {
  return {
    item: {
      id: 'q1',
      state,
      params: { model_slug: 'veo31_fast', prompt: 'A fox', count: 1 } as QueuedItem['item']['params'],
      folder_id: null,
      source: null,
      added_at: '2026-03-01T13:59:00Z',
      sent_at: null,
      error,
    },
    starts_at,
    request: 0,
    credits: 25,
  };
}

describe('queued cards', () => {
  it('say when a planned item starts', () => {
    const later = '2026-03-01T14:20:00Z';
    expect(queuedWhen(item('planned', later), false, NOW)).toBe(`Starts around ${formatHm(Date.parse(later))}`);
    expect(queuedWhen(item('planned', '2026-03-01T14:00:02Z'), false, NOW)).toBe('Starts now');
    expect(queuedWhen(item('planned', null), false, NOW)).toBe('Starts now');
    expect(queuedWhen(item('planned', later), true, NOW)).toBe('Waiting: the queue is paused');
  });
  it('name their state, never as a server status', () => {
    expect(queuedLabel(item('planned', null))).toBe('Queued');
    expect(queuedLabel(item('submitting', null))).toBe('Sending');
    expect(queuedWhen(item('submitting', null), false, NOW)).toBe('Sending…');
    expect(queuedWhen(item('refused', null, 'Unknown model'), false, NOW)).toBe('Refused: Unknown model');
  });
  it('show costs', () => {
    expect(creditsText(1250)).toBe(`${(1250).toLocaleString()} credits`);
    expect(creditsText(null)).toBe('cost unknown');
  });
  it('explain a pause', () => {
    expect(pauseText({ reason: 'credits', message: 'Balance 3.', since: '' })).toContain('not enough credits. Balance 3.');
    expect(pauseText({ reason: 'user', message: null, since: '' })).toContain('until you resume');
  });
});

describe('keyboard reorder', () => {
  it('moves one step, or to an end, inside the list', () => {
    expect(keyboardMove('ArrowUp', 2, 5)).toBe(1);
    expect(keyboardMove('ArrowRight', 2, 5)).toBe(3);
    expect(keyboardMove('Home', 2, 5)).toBe(0);
    expect(keyboardMove('End', 2, 5)).toBe(4);
    expect(keyboardMove('ArrowUp', 0, 5)).toBeNull();
    expect(keyboardMove('ArrowDown', 4, 5)).toBeNull();
    expect(keyboardMove('Home', 0, 5)).toBeNull();
    expect(keyboardMove('a', 1, 5)).toBeNull();
  });
});

describe('import preview', () => {
  it('sums prompts, clips and credits', () => {
    const p = { format: 'text', items: new Array(9).fill(null), problems: [], clips: 9, credits: 225 } as unknown as QueuePreview;
    expect(previewSummary(p)).toBe('9 prompts · 9 clips · 225 credits');
    expect(previewSummary({ ...p, format: 'variations' })).toBe('9 variations · 9 clips · 225 credits');
  });
});

describe('render estimate', () => {
  const est: RenderEstimate = { model_slug: 'veo31_fast', typical_secs: 38, window_secs: [30, 50], learned_from: 12 };
  it('reads as the scheduler uses it', () => {
    expect(estimateText(est)).toBe('usually 38 s for this model');
    expect(estimateText({ ...est, typical_secs: 300 })).toBe('usually 5 min for this model');
    expect(estimateText(undefined)).toBeNull();
  });
  it('leads the card line while the job renders', () => {
    expect(cardEstimate(est, 'about 20–40 s left')).toBe('usually 38 s for this model · about 20–40 s left');
    expect(cardEstimate(est, 'taking longer than usual (typically 30–50 s)')).toBe('taking longer than usual (typically 30–50 s)');
    expect(cardEstimate(est, null)).toBeNull();
    expect(cardEstimate(undefined, 'finishing soon')).toBe('finishing soon');
  });
});

describe('Submit now at the hourly limit', () => {
  const budget = (next_at: string | null, used = 24): QueueView['budget'] => ({ limit: 24, limit_known: true, used, window_secs: 3600, next_at });
  it('is possible while the budget has a request left', () => {
    expect(submitNowBlocked(budget(null, 3), NOW)).toBeNull();
    expect(submitNowBlocked(budget('2026-03-01T13:59:00Z'), NOW)).toBeNull();
  });
  it('is blocked until the next request is allowed, saying why and when, once', () => {
    const at = '2026-03-01T14:52:00Z';
    const why = submitNowBlocked(budget(at), NOW);
    expect(why).toBe(`The hourly limit is reached (24 of 24 requests): Submit now is possible at ${formatHm(Date.parse(at))}, in 52 min.`);
  });
});

describe('the queue store', () => {
  const view = (revision: number, ids: string[]): QueueView => ({
    revision,
    items: ids.map((id) => ({ ...item('planned', null), item: { ...item('planned', null).item, id } })),
    pause: null,
    budget: { limit: 1, limit_known: true, used: revision > 1 ? 1 : 0, window_secs: 3600, next_at: null },
    clips: ids.length,
    credits: null,
    requests: ids.length,
  });

  it('keeps the newer view when an older one arrives after it', async () => {
    const { queue } = await import('../src/lib/stores/queue.svelte');
    // queue_add's answer (the queue just after the add) can reach the UI after the event of
    // the first request sent from it: the newer view stays.
    queue.set(view(2, ['b', 'c']));
    queue.set(view(1, ['a', 'b', 'c']));
    expect(queue.items.map((q) => q.item.id)).toEqual(['b', 'c']);
    expect(queue.view?.budget.used).toBe(1);
    queue.set(view(3, ['c']));
    expect(queue.items.map((q) => q.item.id)).toEqual(['c']);
  });
});
