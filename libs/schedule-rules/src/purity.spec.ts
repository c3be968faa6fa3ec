import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

/** The console may bundle this library: sources (tests aside) import only each other and luxon. */
describe('library sources', () => {
  const sources = readdirSync(__dirname)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => ({ file, code: readFileSync(join(__dirname, file), 'utf8') }));

  it('are found', () => {
    expect(sources.map(({ file }) => file)).toEqual(expect.arrayContaining(['index.ts', 'recurrence.ts']));
  });

  it.each(['node:', 'require(', 'process.', 'Buffer', '__dirname', 'Date.now(', 'new Date()'])(
    'do not use %s',
    (needle) => {
      expect(sources.filter(({ code }) => code.includes(needle)).map(({ file }) => file)).toEqual([]);
    },
  );

  it('import only each other and luxon', () => {
    const builtins = new Set(builtinModules);
    for (const { file, code } of sources) {
      for (const [, specifier = ''] of code.matchAll(/from '([^']+)'/g)) {
        expect({ file, specifier, builtin: builtins.has(specifier) }).toEqual({
          file,
          specifier: specifier.startsWith('./') ? specifier : 'luxon',
          builtin: false,
        });
      }
    }
  });
});
