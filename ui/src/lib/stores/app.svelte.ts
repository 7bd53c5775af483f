// App-wide state from the backend: key, demo, connectivity, rate budget, models, settings.
import { locale, t } from './locale.svelte';
import type { AppState, Connectivity, KeyStatus, ModelInfo, RateBudget, Settings } from '../types';

const DEFAULT_SETTINGS: Settings = {
  notifications: true,
  notify_on_history_reload: false,
  download_dir: null,
  auto_download: true,
  theme: 'system',
  base_url_override: null,
  ffmpeg_path: null,
  max_download_mib: 2048,
  export_marks: 'none',
  check_for_updates: true,
  stack_takes: false,
  language: null,
};

/** The model slug the engine gives a merge's output (`Job::local_merge`, `Job::server_merge`). */
const MERGE_MODEL = 'merge';

class AppStore {
  state = $state.raw<AppState | null>(null);
  models = $state.raw<ModelInfo[]>([]);
  modelsError = $state<string | null>(null);
  /** The model list was asked for and answered (with models or an error). */
  modelsSettled = $state(false);
  /** The server answered this session (models or a job update came back from it). */
  answered = $state(false);
  settings = $state.raw<Settings>(DEFAULT_SETTINGS);
  /** Set when a start-up call failed (the shell is not answering). */
  bootError = $state<string | null>(null);

  demo = $derived(this.state?.demo ?? false);
  /** Which result URLs may be played/opened: https, plus the loopback server in use. */
  urlPolicy = $derived({ serverOrigin: this.state?.base_url ?? null, mediaBase: this.state?.media_base ?? null });
  key = $derived<KeyStatus>(this.state?.key ?? { state: 'missing', preview: null, storage: 'none' });
  connectivity = $derived<Connectivity>(this.state?.connectivity ?? { state: 'online' });
  rate = $derived<RateBudget | null>(this.state?.rate ?? null);
  keyring = $derived(this.state?.keyring ?? { available: true, message: null });
  /** Something about the app's own files the creator must know (a jobs file kept aside). */
  storeNotice = $derived(this.state?.store_notice ?? null);
  /** The damaged job library was moved aside at this start under this file name. */
  librarySetAside = $derived(this.state?.library_set_aside ?? null);
  /** The UI can start jobs: a key is present (or the demo runs) and it was not rejected. */
  canGenerate = $derived(this.demo || this.key.state === 'valid' || this.key.state === 'unverified');
  modelBySlug = $derived(new Map(this.models.map((m) => [m.slug, m])));
  /** "Online" means reached: the demo's local server, or UlazAI answered with a key. The
   *  shell only reports trouble (app://connectivity), so before any answer this is false. */
  reached = $derived(this.connectivity.state === 'online' && (this.demo || (this.answered && this.key.state !== 'missing')));

  setState(s: AppState): void {
    this.state = s;
    void locale.use(s.language);
  }
  patch(p: Partial<AppState>): void {
    if (this.state) this.state = { ...this.state, ...p };
  }
  setKey(key: KeyStatus): void {
    this.patch({ key });
  }
  setConnectivity(connectivity: Connectivity): void {
    this.patch({ connectivity });
  }
  setRate(rate: RateBudget): void {
    this.patch({ rate });
  }
  model(slug: string | null | undefined): ModelInfo | undefined {
    return slug ? this.modelBySlug.get(slug) : undefined;
  }
  /** The model's display name, or null when the matrix does not know it. */
  displayName(slug: string | null | undefined): string | null {
    return slug ? (this.modelBySlug.get(slug)?.name ?? null) : null;
  }
  /** A model as the creator knows it: its name, "Merged clip" for the slug the engine gives
   *  a merge's output (no model of the matrix), else the slug. */
  modelName(slug: string | null | undefined): string {
    if (!slug) return t('clips-unknown-model');
    if (slug === MERGE_MODEL) return t('glossary-merged-clip');
    return this.modelBySlug.get(slug)?.name ?? slug;
  }
}

export const app = new AppStore();
