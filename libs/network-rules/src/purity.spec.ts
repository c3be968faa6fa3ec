import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

/**
 * The console bundles this library for the browser: its sources (tests aside) may import only each
 * other and twitter-text, never a Node built-in, and may not touch Node globals.
 */
describe('library sources', () => {
  const sources = readdirSync(__dirname)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => ({ file, code: readFileSync(join(__dirname, file), 'utf8') }));

  it('are found', () => {
    expect(sources.map(({ file }) => file)).toEqual(
      expect.arrayContaining(['index.ts', 'count.ts', 'rules.ts']),
    );
  });

  it.each(['node:', 'require(', 'process.', 'Buffer', '__dirname'])('do not use %s', (needle) => {
    expect(sources.filter(({ code }) => code.includes(needle)).map(({ file }) => file)).toEqual([]);
  });

  it('import only each other and twitter-text', () => {
    const builtins = new Set(builtinModules);
    for (const { file, code } of sources) {
      for (const [, specifier = ''] of code.matchAll(/from '([^']+)'/g)) {
        expect({ file, specifier, builtin: builtins.has(specifier) }).toEqual({
          file,
          specifier: specifier.startsWith('./') ? specifier : 'twitter-text',
          builtin: false,
        });
      }
    }
  });
});
