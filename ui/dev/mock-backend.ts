// DEV ONLY — an in-page stand-in for the Tauri backend, used by the mock preview
// (dev/mock.html) and the benchmark. It is NOT part of the production build (vite.config.ts
// only builds index.html). Its validation rules are a rough imitation for the preview; the
// real rules live in Rust.
import type { JobView } from '../src/lib/bindings/JobView';
import type { Transport } from '../src/lib/ipc';
import { previewList } from './mock-import';
import { promptsOf, shotTakes, viewIds, viewSummary } from './mock-view';
import type { AppState, Folder, GenerateParams, Job, ModelInfo, QueueEntry, QueueView, Settings } from '../src/lib/types';

export const MODELS: ModelInfo[] = [
  model('veo31_fast', 'Veo 3.1 Fast', 'Google', ['16:9', '9:16', 'Auto'], [8], [], ['text', 'image'], 100, 2000, true, [30, 45], 0, 1),
  model('veo31_quality', 'Veo 3.1 Quality', 'Google', ['16:9', '9:16'], [8], [], ['text', 'image'], 250, 2000, true, [45, 60], 0, 1),
  model('kling_3_0', 'Kling 3.0', 'Kuaishou', ['16:9', '9:16', '1:1'], [5, 10], ['std', 'pro'], ['text', 'image'], 100, 2500, false, [60, 90], 0, 2),
  model('hailuo_2_3', 'Hailuo 2.3', 'MiniMax', ['16:9'], [6, 10], [], ['image'], 80, 5000, false, [40, 70], 1, 1),
  model('wan_2_6_v2v', 'Wan 2.6 Remix', 'Alibaba', ['16:9', '9:16'], [5], [], ['text', 'video'], 60, 1500, false, [50, 80], 0, 0, 1, 1),
  model('kling_3_0_motion_control', 'Kling 3.0 Motion Control', 'Kuaishou', ['16:9', '9:16'], [5, 10], [], ['image', 'video'], 150, 2500, false, [70, 110], 1, 1, 1, 1),
];

function model(
  slug: string, name: string, engine: string, ratios: string[], durations: number[], quality: string[], inputs: string[],
  credits: number, maxChars: number, sound: boolean, typical: [number, number], minImg: number, maxImg: number, minVid = 0, maxVid = 0,
): ModelInfo {
  return {
    slug, name, engine, aspect_ratios: ratios, durations, quality_modes: quality, inputs, credits, max_prompt_chars: maxChars,
    supports_sound: sound, max_batch: 4, requires_prompt: inputs.includes('text'), min_input_images: minImg,
    max_input_images: maxImg || null, min_input_videos: minVid, max_input_videos: maxVid || null, typical_seconds: typical,
  };
}

const PROMPTS = [
  'A lone lighthouse on a basalt cliff at dusk, waves exploding against the rocks, slow aerial push-in, volumetric fog',
  'Macro shot of dew drops sliding down a fern leaf, shallow depth of field, morning backlight',
  'A corgi in a yellow raincoat runs through puddles on a Tokyo side street at night, neon reflections, tracking shot',
  'Time-lapse of a sourdough loaf rising in a rustic kitchen, warm window light',
  'Astronaut planting a sunflower on Mars, wide shot, dust drifting, golden hour',
  'Paper boats racing down a rain gutter, low angle, cinematic slow motion',
  'An old jazz pianist in a smoky club, close-up on hands, 35mm film grain',
  'Drone flight over terraced rice fields in Bali at sunrise, mist in the valleys',
  'A glass of iced coffee being poured, swirls of milk, studio lighting, 120 fps',
  'Northern lights over a frozen lake, a red cabin with a glowing window, slow pan',
  'Street food vendor flipping noodles in a wok, flames, handheld documentary style',
  'Hot air balloons drifting over Cappadocia, pastel sky, wide establishing shot',
];

export interface MockOptions {
  scenario?: string;
  jobs?: number;
  live?: boolean;
  now?: number;
  /** The language the window speaks (a catalog code, or `en-XA`). */
  lang?: string;
  /** 'some': get_jobs leaves every third clip out, so that its card stays a placeholder. */
  bodies?: string;
}

export class MockBackend implements Transport {
  readonly name = 'in-page stand-in (no Tauri IPC)';
  state: AppState;
  settings: Settings = { notifications: true, notify_on_history_reload: false, download_dir: null, auto_download: false, theme: 'system', base_url_override: null, ffmpeg_path: null, max_download_mib: 2048, export_marks: 'none', check_for_updates: true, stack_takes: false, language: null };
  folders: Folder[] = [];
  /** Deletes that can still be undone: number → the jobs as they were. */
  deleted = new Map<number, Job[]>();
  jobs = new Map<string, Job>();
  listeners = new Map<string, Set<(p: unknown) => void>>();
  #seq = 1;
  #live: boolean;
  #someBodies: boolean;

  constructor(opts: MockOptions = {}) {
    const sc = opts.scenario ?? 'demo';
    const now = opts.now ?? Date.now();
    this.#live = opts.live ?? true;
    this.#someBodies = opts.bodies === 'some';
    const demo = sc === 'demo' || sc === 'bench';
    this.state = {
      version: '0.1.0', demo, base_url: demo ? 'http://127.0.0.1:47110' : 'https://ulazai.com', server_default: 'https://ulazai.com',
      key: sc === 'first-run' || sc === 'keyring' ? { state: 'missing', preview: null, storage: 'none' }
        : sc === 'invalid' ? { state: 'invalid', preview: 'ulazai_live_…3tZZ', storage: 'keyring' }
        : { state: demo ? 'valid' : 'valid', preview: 'ulazai_live_…3tZZ', storage: 'keyring' },
      keyring: sc === 'keyring' ? { available: false, message: 'No Secret Service provider is running (install and unlock gnome-keyring or KWallet).' } : { available: true, message: null },
      connectivity: sc === 'offline' ? { state: 'offline', reason: 'No network connection' }
        : sc === 'backoff' ? { state: 'backing_off', retry_at: new Date(now + 42_000).toISOString(), reason: 'server answered 503' }
        : { state: 'online' },
      rate: sc === 'first-run' ? null : { remaining: sc === 'ratelimit' ? 0 : 18, limit: 24, retry_at: sc === 'ratelimit' ? new Date(now + 25 * 60_000).toISOString() : null },
      active_jobs: 0, media_base: null, store_notice: null, library_set_aside: null, language: opts.lang ?? 'en', system_language: opts.lang ?? 'en', language_pinned: false,
    };
    if (sc !== 'first-run' && sc !== 'keyring') {
      this.folders = [
        { id: 'f-1', name: 'Client — Lighthouse spot', remote_id: null, created_at: iso(now - 9e8) },
        { id: 'f-2', name: 'Moodboard', remote_id: null, created_at: iso(now - 8e8) },
        { id: 'f-3', name: 'B-roll', remote_id: null, created_at: iso(now - 7e8) },
      ];
      const n = opts.jobs ?? 26;
      for (let i = 0; i < n; i++) {
        const j = this.makeJob(i, now, demo);
        this.jobs.set(j.id, j);
      }
    }
  }

  makeJob(i: number, now: number, demo: boolean): Job {
    const m = MODELS[i % MODELS.length];
    const created = now - (i < 3 ? (i + 1) * 14_000 : i * 3_700_000 + 600_000);
    const status = i === 0 ? 'pending' : i < 3 ? 'processing' : i % 11 === 5 ? 'failed' : i === 9 ? 'queued_upstream' : 'completed';
    const dur = m.durations[i % m.durations.length];
    const base = demo ? 'http://127.0.0.1:47110/media/' : 'https://media.ulazai.com/video_studio/results/';
    const id = (k: number) => `job-${String(k).padStart(5, '0')}-${(k * 2654435761 >>> 0).toString(16)}`;
    return {
      // Clips 4 to 6 are three takes of one shot (a stack when takes are stacked).
      ...(i >= 4 && i <= 6 ? { shot: id(4) } : {}),
      id: id(i),
      status, model_slug: m.slug, mode: m.inputs.includes('text') ? 'text_to_video' : 'image_to_video',
      prompt: PROMPTS[i % PROMPTS.length],
      params: { model_slug: m.slug, prompt: PROMPTS[i % PROMPTS.length], duration_seconds: dur, count: 1 },
      result_urls: status === 'completed' ? [`${base}job-${i}.mp4`] : [],
      credits_charged: status === 'failed' ? null : m.credits, credits_refunded: status === 'failed' ? true : null,
      error_message: status === 'failed' ? 'Provider rejected the input image: face detection failed' : null,
      provider_meta: status === 'completed' ? { effective_duration_seconds: dur, quality_mode: m.quality_modes[0] ?? 'std', resolution: '1280x720', provider: m.engine } : null,
      created_at: iso(created), completed_at: status === 'completed' || status === 'failed' ? iso(created + 48_000 + (i % 7) * 9000) : null,
      origin: i % 4 === 3 ? 'history' : 'app', folder_id: i > 3 && i % 5 === 0 ? 'f-1' : i > 3 && i % 7 === 0 ? 'f-3' : null,
      unknown_to_server: false, updated_at: iso(created + 50_000), local_file: null, clip_seconds: status === 'completed' ? dur : null,
    };
  }

  emit(event: string, payload: unknown): void {
    for (const h of this.listeners.get(event) ?? []) h(payload);
  }

  async listen(event: string, handler: (p: unknown) => void): Promise<() => void> {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(handler);
    return () => set!.delete(handler);
  }

  async invoke(cmd: string, a: Record<string, unknown>): Promise<unknown> {
    await new Promise((r) => setTimeout(r, 0));
    switch (cmd) {
      case 'app_state':
        return this.state;
      case 'start_demo':
        this.state = { ...this.state, demo: true, key: { state: 'valid', preview: 'ulazai_de…', storage: 'until_quit' }, rate: { remaining: 24, limit: 24, retry_at: null } };
        return this.state;
      case 'set_api_key':
        if (!this.state.keyring.available && !a.until_quit) throw err('keyring_unavailable', this.state.keyring.message ?? 'keyring unavailable');
        this.state = { ...this.state, key: { state: 'unverified', preview: `${String(a.key).slice(0, 9)}…`, storage: a.until_quit ? 'until_quit' : 'keyring' } };
        return this.state.key;
      case 'clear_api_key':
        this.state = { ...this.state, key: { state: 'missing', preview: null, storage: 'none' } };
        return this.state.key;
      case 'verify_api_key':
        this.state = { ...this.state, key: { ...this.state.key, state: 'valid' } };
        this.emit('app://key-state', this.state.key);
        return { result: 'valid', message: 'The key works (account: demo@ulazai.com).' };
      case 'get_models':
        return MODELS;
      case 'queue_preview_import':
        return previewList(String(a.content), a.defaults as GenerateParams);
      case 'queue_add':
        return this.queueAdd(a.entries as QueueEntry[]);
      case 'queue_pause':
      case 'queue_resume':
        this.queuePaused = cmd === 'queue_pause';
        return this.emitQueue();
      case 'validate_generate':
        return validate(a.params as GenerateParams);
      case 'generate':
        return this.generate(a.params as GenerateParams);
      case 'retry_job': {
        const old = this.jobs.get(a.id as string);
        if (!old?.params) throw err('invalid_request', 'This job has no parameters to retry.');
        return this.generate(old.params);
      }
      case 'remove_job':
        this.jobs.delete(a.id as string);
        return null;
      case 'get_job_view_ids':
        return viewIds(this.jobs.values(), this.folders, a.query as JobView);
      case 'get_job_view_summary':
        return viewSummary(this.jobs.values(), this.folders, a.hidden as string[]);
      case 'get_jobs':
        return (a.ids as string[])
          .slice(0, 2000)
          .filter((id) => !this.#someBodies || Number(/^job-(\d+)/.exec(id)?.[1] ?? 0) % 3 !== 1)
          .flatMap((id) => this.jobs.get(id) ?? []);
      case 'get_prompt_history':
        return promptsOf(this.jobs.values(), String(a.query), Number(a.limit));
      case 'get_shot_takes':
        return shotTakes(this.jobs.values(), String(a.shot));
      case 'list_folders':
        return this.folders;
      case 'create_folder': {
        const f = { id: `f-${this.#seq++}-${Date.now()}`, name: String(a.name), remote_id: null, created_at: iso(Date.now()) };
        this.folders = [...this.folders, f];
        return f;
      }
      case 'rename_folder': {
        this.folders = this.folders.map((f) => (f.id === a.id ? { ...f, name: String(a.name) } : f));
        return this.folders.find((f) => f.id === a.id);
      }
      case 'delete_folder': {
        this.folders = this.folders.filter((f) => f.id !== a.id);
        const inside = [...this.jobs.values()].filter((j) => j.folder_id === a.id);
        if (a.clips === 'trash') return this.deleteClips(inside.map((j) => j.id));
        for (const j of inside) this.update({ ...j, folder_id: null });
        return { undo: 0, removed: [], trashed: 0, kept: [], problem: null };
      }
      case 'delete_clips':
        return this.deleteClips(a.ids as string[]);
      case 'undo_delete': {
        const back = this.deleted.get(a.undo as number);
        if (!back) throw err('not_found', 'This delete can no longer be undone.');
        this.deleted.delete(a.undo as number);
        for (const j of back) this.update({ ...j, folder_id: null });
        return { jobs: back, problem: null };
      }
      case 'move_jobs': {
        const out: Job[] = [];
        for (const id of a.ids as string[]) {
          const j = this.jobs.get(id);
          if (j) out.push(this.update({ ...j, folder_id: (a.folder_id as string | null) ?? null }, false));
        }
        return out;
      }
      case 'set_clip_marks': {
        const out: Job[] = [];
        for (const id of a.ids as string[]) {
          const j = this.jobs.get(id);
          if (!j) continue;
          const next = { ...j };
          if (a.flag != null) next.flag = a.flag === 'unflagged' ? undefined : (a.flag as Job['flag']);
          if (a.rating != null) next.rating = (a.rating as number) || undefined;
          out.push(this.update(next, false));
        }
        return out;
      }
      case 'get_settings':
        return this.settings;
      case 'set_settings': {
        this.settings = a.settings as Settings;
        // As the shell does: a new language (null: the system's) is spoken at once.
        const language = this.settings.language ?? this.state.system_language;
        if (language !== this.state.language) {
          this.state = { ...this.state, language };
          this.emit('app://state', this.state);
        }
        return this.settings;
      }
      case 'open_result':
        return null;
      case 'merge_clips': {
        const ids = (a.clips as { id: string }[]).map((c) => c.id);
        const now = Date.now();
        const j: Job = { ...this.makeJob(0, now, this.state.demo), id: `merge-${this.#seq++}`, status: 'pending', model_slug: null, mode: 'merge', prompt: `Merge of ${ids.length} clips`, origin: 'merge', created_at: iso(now), folder_id: null, params: null };
        this.jobs.set(j.id, j);
        this.progress(j.id);
        return { merge_id: `m-${j.id}`, local: false, job: j };
      }
      case 'web_session':
      case 'sign_out_web':
        return { state: 'none', user: null, message: null, signing_in: false };
      case 'sign_in_web':
        return { state: 'none', user: null, message: null, signing_in: true };
      case 'library_info':
      case 'pick_library_dir':
        return { dir: '/home/creator/Videos/UlazAI Studio', default_dir: '/home/creator/Videos/UlazAI Studio', auto_download: this.settings.auto_download };
      case 'ffmpeg_status':
        return { available: true, how_to_install: null };
      case 'open_local_file':
      case 'reveal_local_file':
      case 'cancel_merge':
        return null;
      case 'update_state':
      case 'check_for_update':
        return {
          current_version: '0.1.0', install: 'deb', can_install: true, manual_url: 'https://ulazai.com/studio/download',
          status: { state: 'up_to_date' },
        };
      case 'install_update':
        throw err('busy', 'A merge is running: install the update when it has finished.');
      default:
        throw err('unknown_command', `mock: ${cmd}`);
    }
  }

  deleteClips(ids: string[]): { undo: number; removed: string[]; trashed: number; kept: string[]; problem: null } {
    const gone = ids.map((id) => this.jobs.get(id)).filter((j): j is Job => !!j);
    for (const j of gone) {
      this.jobs.delete(j.id);
      this.emit('job://removed', { id: j.id });
    }
    const undo = this.deleted.size + 1;
    this.deleted.set(undo, gone);
    return { undo, removed: gone.map((j) => j.id), trashed: gone.filter((j) => j.local_file).length, kept: [], problem: null };
  }

  /** The render queue, as a rough imitation: items wait a minute apart, 24 requests an hour. */
  queued: QueueView['items'] = [];
  queuePaused = false;
  queueRevision = 0;
  queueAdd(entries: QueueEntry[]): QueueView {
    const start = Date.now();
    for (const e of entries) {
      const n = this.queued.length;
      const m = MODELS.find((x) => x.slug === e.params.model_slug);
      this.queued.push({
        item: { id: `q${n + 1}-${start}`, state: 'planned', params: e.params, folder_id: null, source: e.source, added_at: iso(start), sent_at: null, error: null },
        starts_at: iso(start + (n + 1) * 60_000),
        request: n,
        credits: m?.credits != null ? m.credits * e.params.count : null,
      });
    }
    return this.emitQueue();
  }
  emitQueue(): QueueView {
    const items = [...this.queued];
    const credits = items.every((q) => q.credits !== null) ? items.reduce((a, q) => a + (q.credits ?? 0), 0) : null;
    const view: QueueView = {
      revision: ++this.queueRevision,
      items,
      pause: this.queuePaused ? { reason: 'user', message: null, since: iso(Date.now()) } : null,
      budget: { limit: 24, limit_known: true, used: 3, window_secs: 3600, next_at: null },
      clips: items.reduce((a, q) => a + q.item.params.count, 0),
      credits,
      requests: items.length,
    };
    this.emit('queue://updated', view);
    return view;
  }

  update(j: Job, emit = true): Job {
    const next = { ...j, updated_at: iso(Date.now()) };
    this.jobs.set(next.id, next);
    if (emit) this.emit('job://updated', next);
    return next;
  }

  generate(p: GenerateParams): Job[] {
    const errs = validate(p);
    if (errs.length) throw { ...err('validation', errs.length === 1 ? errs[0].message : 'Some fields need attention.'), fields: errs };
    if (this.state.rate && this.state.rate.remaining === 0) throw { ...err('rate_limited', 'Too many requests'), retry_after_secs: 1500 };
    if (p.prompt.toLowerCase().includes('402')) throw err('insufficient_credits', 'This batch needs 400 credits; you have 120.');
    const out: Job[] = [];
    for (let k = 0; k < (p.count || 1); k++) {
      const now = Date.now();
      const j: Job = {
        ...this.makeJob(0, now, this.state.demo), id: `new-${this.#seq++}-${now}`, status: 'pending', model_slug: p.model_slug,
        prompt: p.prompt, params: { ...p, count: 1 }, created_at: iso(now), origin: 'app', folder_id: null,
      };
      this.jobs.set(j.id, j);
      out.push(j);
      this.progress(j.id);
    }
    if (this.state.rate?.remaining) {
      this.state = { ...this.state, rate: { ...this.state.rate, remaining: this.state.rate.remaining - 1 } };
      this.emit('app://rate-limit', this.state.rate);
    }
    return out;
  }

  progress(id: string): void {
    if (!this.#live) return;
    setTimeout(() => {
      const j = this.jobs.get(id);
      if (j) this.update({ ...j, status: 'processing' });
    }, 1500);
    setTimeout(() => {
      const j = this.jobs.get(id);
      if (j) this.update({ ...j, status: 'completed', completed_at: iso(Date.now()), result_urls: [`${this.state.demo ? 'http://127.0.0.1:47110/media/' : 'https://media.ulazai.com/r/'}${id}.mp4`], provider_meta: { effective_duration_seconds: 8 } });
    }, 6000);
  }
}

function validate(p: GenerateParams): { field: string; message: string }[] {
  const m = MODELS.find((x) => x.slug === p.model_slug);
  const out: { field: string; message: string }[] = [];
  if (!m) return [{ field: 'model_slug', message: 'Unknown model.' }];
  if (m.requires_prompt && !p.prompt.trim()) out.push({ field: 'prompt', message: 'Enter a prompt — this model needs one.' });
  if (m.max_prompt_chars && [...p.prompt].length > m.max_prompt_chars) out.push({ field: 'prompt', message: `At most ${m.max_prompt_chars} characters for ${m.name}.` });
  const imgs = p.input_image_urls?.length ?? 0;
  if (imgs < m.min_input_images) out.push({ field: 'input_image_urls', message: `${m.name} needs ${m.min_input_images === m.max_input_images ? 'exactly' : 'at least'} ${m.min_input_images} input image.` });
  for (const u of p.input_image_urls ?? []) if (!/^https:\/\//.test(u)) out.push({ field: 'input_image_urls', message: 'Image URLs must start with https://' });
  const vids = p.input_video_urls?.length ?? 0;
  if (vids < m.min_input_videos) out.push({ field: 'input_video_urls', message: `${m.name} needs one input video.` });
  return out;
}

function err(code: string, message: string) {
  return { code, message, retry_after_secs: null, fields: [] };
}
function iso(t: number): string {
  return new Date(t).toISOString();
}
