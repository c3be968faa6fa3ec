import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGES = ['tinyld/heavy', 'safe-regex2', 'zod', '@nlpjs/lang-fr', 'wink-sentiment/src/'];

/** The library is pure: sources (tests aside) import only each other, their JSON data and the chosen packages. */
describe('library sources', () => {
  const sources = readdirSync(__dirname)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => ({ file, code: readFileSync(join(__dirname, file), 'utf8') }));

  it('are found', () => {
    expect(sources.map(({ file }) => file)).toEqual(
      expect.arrayContaining(['index.ts', 'sentiment-analysis.ts']),
    );
  });

  it.each(['node:', 'require(', 'process.', '__dirname', 'Date.now(', 'new Date(', 'Math.random('])(
    'do not use %s',
    (needle) => {
      expect(sources.filter(({ code }) => code.includes(needle)).map(({ file }) => file)).toEqual([]);
    },
  );

  it('import only each other, their data and the chosen packages', () => {
    for (const { file, code } of sources) {
      for (const [, specifier = ''] of code.matchAll(/from '([^']+)'/g)) {
        const allowed = specifier.startsWith('./') || PACKAGES.some((name) => specifier.startsWith(name));
        expect({ file, specifier, allowed }).toEqual({ file, specifier, allowed: true });
      }
    }
  });
});
