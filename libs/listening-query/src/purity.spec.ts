import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The console bundles this library: its sources may import only each other and peggy. */
describe('library sources', () => {
  const sources = readdirSync(__dirname)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => ({ file, code: readFileSync(join(__dirname, file), 'utf8') }));

  it('are found', () => {
    expect(sources.map(({ file }) => file)).toEqual(expect.arrayContaining(['index.ts', 'query-grammar.ts']));
  });

  it.each(["'node:", 'require(', 'process.', 'Buffer', '__dirname'])('do not use %s', (needle) => {
    expect(sources.filter(({ code }) => code.includes(needle)).map(({ file }) => file)).toEqual([]);
  });

  it('import only each other and peggy', () => {
    const specifiers = sources.flatMap(({ code }) =>
      [...code.matchAll(/from '([^']+)'/g)].map(([, s = '']) => s),
    );
    expect(specifiers.filter((specifier) => !specifier.startsWith('./') && specifier !== 'peggy')).toEqual(
      [],
    );
  });
});
