// A fake engine for the stores' tests: the view commands over a map of jobs, by the same pure
// rules the engine is parity-tested against (dev/mock-view.ts), with a log of the calls and a
// way to hold answers back (to answer them out of order).
import { setTransport } from '../src/lib/ipc';
import type { Folder, Job } from '../src/lib/types';
import { promptsOf, shotTakes, viewIds, viewSummary } from '../dev/mock-view';
import type { JobView } from '../src/lib/bindings/JobView';

export class FakeEngine {
  jobs = new Map<string, Job>();
  folders: Folder[] = [];
  calls: { cmd: string; args: Record<string, unknown> }[] = [];
  handlers = new Map<string, (p: unknown) => void>();
  /** While set, answers wait until released (in any order). */
  hold = false;
  #held: Array<{ cmd: string; release: () => void }> = [];
  /** Other commands (app_state…), when a test needs them. */
  other: (cmd: string, args: Record<string, unknown>) => unknown = () => null;

  constructor(list: readonly Job[] = []) {
    this.set(list);
    setTransport({
      name: 'fake engine',
      listen: async (event, handler) => {
        this.handlers.set(event, handler);
        return () => this.handlers.delete(event);
      },
      invoke: async (cmd, args) => {
        this.calls.push({ cmd, args });
        if (this.hold) await new Promise<void>((release) => this.#held.push({ cmd, release }));
        else await Promise.resolve();
        return this.answer(cmd, args);
      },
    });
  }
  set(list: readonly Job[]): void {
    this.jobs = new Map(list.map((j) => [j.id, j]));
  }
  answer(cmd: string, a: Record<string, unknown>): unknown {
    switch (cmd) {
      case 'get_job_view_ids':
        return viewIds(this.jobs.values(), this.folders, a.query as JobView);
      case 'get_job_view_summary':
        return viewSummary(this.jobs.values(), this.folders, a.hidden as string[]);
      case 'get_jobs':
        if ((a.ids as string[]).length > 2000) throw { code: 'invalid_request', message: 'at most 2,000 ids' };
        return (a.ids as string[]).flatMap((id) => this.jobs.get(id) ?? []);
      case 'get_prompt_history':
        return promptsOf(this.jobs.values(), String(a.query), Number(a.limit));
      case 'get_shot_takes':
        return shotTakes(this.jobs.values(), String(a.shot));
      default:
        return this.other(cmd, a);
    }
  }
  count(cmd: string): number {
    return this.calls.filter((c) => c.cmd === cmd).length;
  }
  /** The held answers of `cmd`, oldest first. */
  held(cmd: string): Array<() => void> {
    return this.#held.filter((h) => h.cmd === cmd).map((h) => h.release);
  }
  releaseAll(): void {
    const all = this.#held;
    this.#held = [];
    for (const h of all) h.release();
  }
  emit(event: string, payload: unknown): void {
    this.handlers.get(event)?.(payload);
  }
}

/** Let queued answers and a frame's body requests through. */
export async function settle(ms = 40): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}
