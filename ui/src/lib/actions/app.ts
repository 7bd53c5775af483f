// The app as a whole: the demo and the model matrix.
import { focusSoon, PROMPT } from '../dom';
import { call } from '../ipc';
import { describeError } from '../errors';
import { app } from '../stores/app.svelte';
import { t } from '../stores/locale.svelte';
import { toasts } from '../stores/toasts.svelte';
import { ui } from '../stores/ui.svelte';
import type { CommandError } from '../types';
import { loadEstimates } from './queue';
import { fail } from './report';

/** Starts the demo; focus goes to the prompt, where the demo's first step is. */
export async function startDemo(): Promise<void> {
  try {
    app.setState(await call('start_demo'));
    await reloadModels(true);
    toasts.success(t('app-demo-started'));
    ui.openPanel();
    void focusSoon(PROMPT);
  } catch (e) {
    fail(t('app-demo-failed'), e);
  }
}

export async function reloadModels(refresh: boolean): Promise<void> {
  try {
    app.models = await call('get_models', { refresh });
    app.modelsError = null;
    if (app.models.length) app.answered = true;
    // The scheduler's render estimates start from the matrix just read.
    void loadEstimates();
  } catch (e) {
    app.modelsError = describeError(e as CommandError);
  } finally {
    app.modelsSettled = true;
  }
}
