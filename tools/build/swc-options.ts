import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from '@swc/core';

/** Libraries production code never runs: the test kit, the dev platform and the console's. */
const NOT_SHIPPED = [/^libs\/server\/testing\//, /^tools\//, /^libs\/web\//];

interface TsConfig {
  compilerOptions: { paths: Record<string, string[]> };
}

function tsconfigPaths(root: string): Record<string, string[]> {
  const config = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as TsConfig;
  return config.compilerOptions.paths;
}

/** The source folders of the libraries a service may import (each alias's `src/`). */
export function shippedLibraryFolders(paths: Record<string, string[]>): string[] {
  return Object.values(paths)
    .flatMap((targets) => targets)
    .filter((target) => !NOT_SHIPPED.some((pattern) => pattern.test(target)))
    .map((target) => target.replace(/\/index\.ts$/, ''));
}

/** The services: apps with a `src/main.ts` (the console is a static site, built by Vite). */
export function serviceApps(root: string): string[] {
  return readdirSync(join(root, 'apps')).filter((app) =>
    existsSync(join(root, 'apps', app, 'src', 'main.ts')),
  );
}

/** The folders to compile: the given services' `src/` (every service when none is named) and the libraries. */
export function servicePaths(root: string, apps: string[]): string[] {
  const known = serviceApps(root);
  const unknown = apps.filter((app) => !known.includes(app));
  if (unknown.length > 0)
    throw new Error(`no such service: ${unknown.join(', ')} (services: ${known.join(', ')})`);
  const chosen = apps.length > 0 ? apps : known;
  return [...chosen.map((app) => `apps/${app}/src`), ...shippedLibraryFolders(tsconfigPaths(root))];
}

/**
 * What `tsconfig.base.json` asks of the compiler, as swc options: ES2022 CommonJS, legacy decorators
 * with their design-time metadata (Nest's injection and class-validator read it), class fields
 * assigned as TypeScript does without `useDefineForClassFields`, and `@relais/*` imports rewritten to
 * relative paths, which hold in `dist/` because it mirrors the tree.
 */
export function swcOptions(root: string, file: string): Options {
  return {
    filename: file,
    swcrc: false,
    configFile: false,
    sourceMaps: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: root,
      paths: tsconfigPaths(root),
    },
    module: { type: 'commonjs' },
  };
}
