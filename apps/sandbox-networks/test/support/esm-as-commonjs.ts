import { transformSync } from '@swc/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Loads an ES-module-only package (one self-contained file) as CommonJS, for client libraries whose
 * CommonJS build requires one (masto requires `change-case`) while the Jest preset compiles only our
 * code. The package's real code runs, compiled by swc. Use in a `jest.mock` factory.
 */
export function esmAsCommonJs(packageName: string, file = 'dist/index.js'): unknown {
  const path = join(__dirname, '..', '..', '..', '..', 'node_modules', packageName, file);
  const { code } = transformSync(readFileSync(path, 'utf8'), {
    filename: path,
    module: { type: 'commonjs' },
    jsc: { target: 'es2022' },
  });
  const module = { exports: {} as unknown };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports;
}
