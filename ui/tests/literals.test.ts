// No words a person reads are written in a component or module: they come from the message
// catalog (`t('id')`, crates/ulazai-i18n/locales/<language>/<area>.ftl). Checked on the
// sources:
// - in a component's markup: text between tags, the visible attributes (title, aria-label,
//   placeholder, alt, …) and string literals that a `{…}` in the text or in such an
//   attribute would show;
// - in scripts and modules: string literals that read as prose (two words, or a capital
//   and lower-case letters), wherever they are, unless they are a message id, a comparison,
//   a key or a developer's message (console, Error).
// A line that must keep a literal (a brand, a key cap) says why with `i18n-ignore` in a
// comment on that line. A file whose first lines say `i18n: pending` is not migrated yet
// and is skipped (the list of them is printed).
import { parse } from 'svelte/compiler';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(
  ['../src/**/*.ts', '../src/**/*.svelte', '!../src/lib/bindings/**', '!../src/**/*.test.ts', '!../src/lib/i18n-pseudo.ts'],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>;

/** Attributes whose text a person reads or hears. */
const VISIBLE = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'placeholder',
  'alt',
  'label',
  'data-tip',
]);

/** Text that is not a word of any language: punctuation, numbers, symbols, spaces. */
const NO_WORDS = /^[^\p{L}]*$/u;
/** A literal that reads as prose: two words, or a capitalised word. */
const PROSE = /(\p{L}{2,}[ \u00a0]+\p{L})|(^\p{Lu}\p{Ll}+)/u;
/** Not prose: selectors, paths, identifiers, CSS, URLs, MIME types, ids of messages. */
const CODE_LIKE = /[[\]{}<>=#\\/_@$;]|^[a-z0-9-]+$|^[a-z]+(\.[a-z]+)+$|^\w+:\w/;

interface Finding {
  file: string;
  line: number;
  text: string;
}

function lineOf(src: string, offset: number): number {
  return src.slice(0, offset).split('\n').length;
}

function ignored(src: string, offset: number): boolean {
  const start = src.lastIndexOf('\n', offset - 1) + 1;
  const end = src.indexOf('\n', offset);
  return src.slice(start, end === -1 ? undefined : end).includes('i18n-ignore');
}

function pending(src: string): boolean {
  return src.split('\n').slice(0, 4).some((l) => l.includes('i18n: pending'));
}

function isProse(text: string): boolean {
  const s = text.trim();
  return !NO_WORDS.test(s) && PROSE.test(s) && !CODE_LIKE.test(s);
}

/** Prose literals in TypeScript `code` (at `base` in `src`), except where a literal is a
 *  message id, compared, a key, imported, or a developer's message. */
function scriptFindings(file: string, src: string, code: string, base: number): Finding[] {
  const out: Finding[] = [];
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const exempt = (node: ts.Node): boolean => {
    const p = node.parent;
    if (!p) return false;
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isExternalModuleReference(p)) return true;
    if (ts.isLiteralTypeNode(p)) return true;
    if (ts.isBinaryExpression(p) && p.operatorToken.kind !== ts.SyntaxKind.PlusToken && p.operatorToken.kind !== ts.SyntaxKind.BarBarToken && p.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken) return true;
    if (ts.isCaseClause(p) || ts.isElementAccessExpression(p) || ts.isPropertyAssignment(p) && p.name === node) return true;
    if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
      const callee = p.expression.getText(sf);
      if (/^(t|console\.\w+|Error|TypeError|RangeError|.*querySelector(All)?|.*closest|.*matches|.*getAttribute|.*setAttribute|.*addEventListener|.*removeEventListener|.*getPropertyValue|.*setProperty)$/.test(callee)) return true;
    }
    // Inside a template literal's text, or a tagged template: judged as a whole below.
    return false;
  };
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' x ');
    if (text !== null && !exempt(node) && isProse(text)) {
      const offset = base + node.getStart(sf);
      if (!ignored(src, offset)) out.push({ file, line: lineOf(src, offset), text: text.slice(0, 60) });
    }
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

type Node = { type?: string; start?: number; end?: number; [k: string]: unknown };

/** Findings in a component: its markup (text, visible attributes, shown literals) and its
 *  scripts. */
function componentFindings(file: string, src: string): Finding[] {
  const out: Finding[] = [];
  const root = parse(src, { modern: true }) as unknown as Node;
  const flag = (offset: number, text: string) => {
    if (!ignored(src, offset)) out.push({ file, line: lineOf(src, offset), text: text.trim().slice(0, 60) });
  };
  /** Literals a `{…}` would show: strings in its expression, apart from conditions. */
  const shownLiterals = (expr: Node | undefined) => {
    if (!expr || typeof expr.start !== 'number' || typeof expr.end !== 'number') return;
    const code = src.slice(expr.start, expr.end);
    for (const f of scriptFindings(file, src, `(${code})`, expr.start - 1)) out.push(f);
  };
  const walk = (node: unknown, inVisibleText: boolean): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n, inVisibleText);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    switch (n.type) {
      case 'Script':
      case 'StyleSheet':
      case 'Style':
        return;
      case 'Text':
        if (inVisibleText && !NO_WORDS.test(String(n.data ?? '').trim())) flag(n.start ?? 0, String(n.data));
        return;
      case 'ExpressionTag':
        if (inVisibleText) shownLiterals(n.expression as Node);
        return;
      case 'Attribute': {
        const name = String(n.name);
        if (!VISIBLE.has(name)) return;
        const value = n.value;
        const parts = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
        for (const part of parts as Node[]) walk(part, true);
        return;
      }
      case 'StyleDirective':
      case 'ClassDirective':
      case 'BindDirective':
      case 'OnDirective':
      case 'UseDirective':
      case 'TransitionDirective':
      case 'AnimateDirective':
      case 'SpreadAttribute':
        return;
    }
    for (const [key, child] of Object.entries(n)) {
      if (key === 'parent' || key === 'metadata') continue;
      // Blocks' tests and each-expressions are conditions, not text.
      if (key === 'test' || key === 'expression' || key === 'key' || key === 'context') continue;
      if (key === 'attributes') {
        walk(child, false);
        continue;
      }
      walk(child, key === 'fragment' || key === 'nodes' || key === 'consequent' || key === 'alternate' || key === 'body' || key === 'fallback' || key === 'pending' || key === 'then' || key === 'catch' ? true : inVisibleText);
    }
  };
  walk((root as { fragment?: unknown }).fragment, true);
  for (const m of src.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
    const base = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push(...scriptFindings(file, src, m[1], base));
  }
  return out;
}

function findings(): { found: Finding[]; skipped: string[] } {
  const found: Finding[] = [];
  const skipped: string[] = [];
  for (const [path, src] of Object.entries(sources)) {
    const file = path.replace('../src/', '');
    if (pending(src)) {
      skipped.push(file);
      continue;
    }
    if (file.endsWith('.svelte')) found.push(...componentFindings(file, src));
    else found.push(...scriptFindings(file, src, src, 0));
  }
  return { found, skipped };
}

describe('user-visible text comes from the catalog', () => {
  it('reads the sources it checks', () => {
    expect(Object.keys(sources).filter((f) => f.endsWith('.svelte')).length).toBeGreaterThan(40);
  });

  it('catches what it is meant to catch', () => {
    const sample = [
      '<script lang="ts">',
      "  import { t } from '../lib/stores/locale.svelte';",
      "  let kind = 'done';",
      "  const label = 'Open the folder';",
      '</script>',
      '<button title="Close the panel" class="x">{t(\'app-close\')}</button>',
      '<p>Hello there</p>',
      "<span>{kind === 'done' ? 'All finished' : t('app-wait')}</span>",
      '<kbd>⌘</kbd> <b>{count}</b> · 5 ×',
      "<i aria-label={t('app-info')}></i>",
      '<em>UlazAI</em><!-- i18n-ignore: the brand -->',
    ].join('\n');
    const texts = componentFindings('Sample.svelte', sample).map((f) => f.text);
    expect(texts).toEqual(['Close the panel', 'Hello there', 'All finished', 'Open the folder']);
    const module = "const a = t('grid-retry');\nif (s === 'Not Found') x();\ntoasts.show(`Moved ${n} clips`);\nquery('[data-id=\"a b\"]');\nconst b = 'Plain words here'; // i18n-ignore: test\n";
    expect(scriptFindings('m.ts', module, module, 0).map((f) => [f.line, f.text])).toEqual([[3, 'Moved  x  clips']]);
  });

  it('no component or module writes words of its own', () => {
    const { found, skipped } = findings();
    if (skipped.length) console.info(`i18n: ${skipped.length} files not migrated yet:\n  ${skipped.sort().join('\n  ')}`);
    expect(found.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });
});
