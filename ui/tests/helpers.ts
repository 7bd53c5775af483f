import type { Job } from '../src/lib/types';

let n = 0;
/** A job with sensible defaults; `minutesAgo` sets created_at relative to a fixed epoch. */
export function job(p: Partial<Job> & { minutesAgo?: number } = {}): Job {
  const { minutesAgo, ...rest } = p;
  const base = Date.parse('2026-03-01T12:00:00Z');
  const created = new Date(base - (minutesAgo ?? n) * 60_000).toISOString();
  n++;
  return {
    id: `j${n}`,
    status: 'completed',
    model_slug: 'kling_3_0',
    mode: 'text_to_video',
    prompt: 'a cat',
    params: null,
    result_urls: [],
    credits_charged: 100,
    credits_refunded: null,
    error_message: null,
    provider_meta: null,
    created_at: created,
    completed_at: null,
    origin: 'app',
    folder_id: null,
    unknown_to_server: false,
    updated_at: created,
    local_file: null,
    clip_seconds: null,
    ...rest,
  };
}
