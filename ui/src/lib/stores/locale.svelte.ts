// The language the window speaks: the one the shell reports (AppState.language, the same
// as its notifications and tray), its bundle loaded when it changes. `t` reads it, so a
// component's text follows a change at once.
import type { FluentBundle } from '@fluent/bundle';
import { englishBundle, formatMessage, loadBundle, SOURCE, type Args } from '../i18n';

class LocaleStore {
  code = $state(SOURCE);
  bundle = $state.raw<FluentBundle>(englishBundle);
  private asked = SOURCE;

  /** Speak `code` from now on (the page's `lang` follows). */
  async use(code: string): Promise<void> {
    if (code === this.asked) return;
    this.asked = code;
    const bundle = await loadBundle(code);
    if (this.asked !== code) return; // a later choice won
    this.bundle = bundle;
    this.code = code;
    if (typeof document !== 'undefined') document.documentElement.lang = code;
  }
}

export const locale = new LocaleStore();

/** Message `id` in the window's language. */
export function t(id: string, args?: Args): string {
  return formatMessage(locale.bundle, id, args);
}
