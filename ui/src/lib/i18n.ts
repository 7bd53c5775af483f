// The UI's words, from the same Fluent catalogs as the Rust side
// (crates/ulazai-i18n/locales/<language>/<domain>.ftl): plurals, selectors and variables
// are written once per language for both. English is built in; another language's files
// are loaded when it is chosen. Pure: the reactive language is stores/locale.svelte.ts.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { pseudoText } from './i18n-pseudo';

/** The language every other stands on, and the pseudo-locale for layout tests. */
export const SOURCE = 'en';
export const PSEUDO = 'en-XA';

const LOCALES = '../../../crates/ulazai-i18n/locales/';
const english = import.meta.glob('../../../crates/ulazai-i18n/locales/en/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
// Each language's `meta.ftl` is read at start (`metas`): it is no part of its language's file.
const others = import.meta.glob(
  ['../../../crates/ulazai-i18n/locales/*/*.ftl', '!../../../crates/ulazai-i18n/locales/en/*.ftl', '!../../../crates/ulazai-i18n/locales/*/meta.ftl'],
  {
    query: '?raw',
    import: 'default',
  },
) as Record<string, () => Promise<string>>;

/** The catalog's languages, as their folders are named. */
export const LANGUAGES: string[] = [
  SOURCE,
  ...new Set(Object.keys(others).map((path) => path.slice(LOCALES.length).split('/')[0])),
];

const metas = import.meta.glob('../../../crates/ulazai-i18n/locales/*/meta.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Each language's name in itself ("Deutsch", "日本語"), from its `meta.ftl`, as the
 *  language picker shows it (the same as the Rust side's `languages()`). */
export const LANGUAGE_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(metas).map(([path, text]) => {
    const code = path.slice(LOCALES.length).split('/')[0];
    const bundle = makeBundle(code, [text]);
    const name = bundle.getMessage('language-name')?.value;
    return [code, name ? bundle.formatPattern(name) : code];
  }),
);

/** The name of language `code` in itself; the pseudo-locale and unknown codes by code. */
export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

/** A bundle of `code` from its Fluent sources. Variables are placed as they are (no
 *  Unicode isolation marks), as the Rust side does. */
export function makeBundle(code: string, sources: string[], pseudo = false): FluentBundle {
  const bundle = new FluentBundle(code, {
    useIsolating: false,
    transform: pseudo ? pseudoText : (s: string) => s,
  });
  for (const text of sources) bundle.addResource(new FluentResource(text));
  return bundle;
}

/** The English bundle: always there, beneath every other. */
export const englishBundle = makeBundle(SOURCE, Object.values(english));

/** The bundle of `code` (a catalog language or the pseudo-locale); English for any other. */
export async function loadBundle(code: string): Promise<FluentBundle> {
  if (code === PSEUDO) return makeBundle(PSEUDO, Object.values(english), true);
  const files = Object.entries(others).filter(([path]) => path.startsWith(`${LOCALES}${code}/`));
  if (code === SOURCE || files.length === 0) return englishBundle;
  const meta = metas[`${LOCALES}${code}/meta.ftl`];
  const texts = await Promise.all(files.map(([, load]) => load()));
  return makeBundle(code, meta === undefined ? texts : [...texts, meta]);
}

export type Args = Record<string, FluentVariable>;

/** Message `id` of `bundle` (English beneath; the id itself when no catalog has it). The
 *  pseudo-locale brackets whole messages. */
export function formatMessage(bundle: FluentBundle, id: string, args?: Args): string {
  for (const b of bundle === englishBundle ? [bundle] : [bundle, englishBundle]) {
    const message = b.getMessage(id);
    if (message?.value) {
      const text = b.formatPattern(message.value, args);
      return b.locales[0] === PSEUDO ? `[${text}]` : text;
    }
  }
  return id;
}
