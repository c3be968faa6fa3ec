import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..');

/** Props whose text a person reads or hears. */
const READ_PROPS = new Set([
  'label',
  'title',
  'placeholder',
  'description',
  'aria-label',
  'alt',
  'message',
  'submitLabel',
  'confirmLabel',
  'tooltip',
]);

/** Texts that are the same in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Relais', 'GIF', '—', '…', '·', '→', '×']);

/**
 * Fields of the API that carry the services' own English sentences (for logs and integrators): the
 * console says these things itself, in the reader's language.
 */
const ENGLISH_API_FIELDS = new Set(['statusReason']);

/** Connected accounts still print the reason the service recorded; that screen is changed apart. */
const KNOWN_ELSEWHERE = new Set(['accounts/accounts-table.tsx', 'accounts/reconnection-alert.tsx']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [path] : [];
  });
}

function hasWords(text: string): boolean {
  const trimmed = text.trim();
  return /\p{L}{2,}/u.test(trimmed) && !SAME_IN_EVERY_LANGUAGE.has(trimmed);
}

/** Every text of a component written in the code rather than asked of i18next, as `file:line "text"`. */
function literalTexts(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push(
      `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${JSON.stringify(text.trim())}`,
    );

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_PROPS.has(node.name.getText(source)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (
        value &&
        (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) &&
        hasWords(value.text)
      ) {
        report(node, value.text);
      }
    }
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const value = node.expression;
      if ((ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) && hasWords(value.text)) {
        report(node, value.text);
      }
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      ENGLISH_API_FIELDS.has(node.name.text) &&
      !KNOWN_ELSEWHERE.has(file) &&
      node.parent &&
      (ts.isJsxExpression(node.parent) ||
        ts.isTemplateSpan(node.parent) ||
        ts.isBinaryExpression(node.parent))
    ) {
      report(node, node.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the console’s texts', () => {
  it('come from the catalogues, never written in a component or passed on from the API', () => {
    const found = sourceFiles(SRC).flatMap((path) =>
      literalTexts(relative(SRC, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('are caught when a component writes them itself or shows the API’s sentence', () => {
    const code = `export function Probe({ account }) {
      return (
        <Stack>
          <Button aria-label="Close the panel">Back to brands</Button>
          <TextInput label={'Search posts'} placeholder={t('posts.filters.search')} />
          <Text>{'No results'}</Text>
          <Text>Relais</Text>
          <Text>{account.statusReason}</Text>
          <Text>{account.handle} — {\`\${account.statusReason}\`}</Text>
        </Stack>
      );
    }`;
    expect(literalTexts('probe.tsx', code)).toEqual([
      'probe.tsx:4 "Close the panel"',
      'probe.tsx:4 "Back to brands"',
      'probe.tsx:5 "Search posts"',
      'probe.tsx:6 "No results"',
      'probe.tsx:8 "account.statusReason"',
      'probe.tsx:9 "account.statusReason"',
    ]);
  });
});
