// How an action reports a failed command: one toast naming what failed and why.
import { describeError } from '../errors';
import { t } from '../stores/locale.svelte';
import { toasts } from '../stores/toasts.svelte';
import type { CommandError } from '../types';

export function fail(prefix: string, e: unknown): void {
  toasts.error(t('app-failed-because', { what: prefix, why: describeError(e as CommandError) }));
}
