import { copyFile, mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { transformFile } from '@swc/core';
import { servicePaths, swcOptions } from './swc-options';

/** Files compiled at once. */
const PARALLEL = 32;

/** The files of a source folder the build handles: TypeScript to compile, JSON data to copy as is. */
async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      const source = entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts');
      const test = /\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name);
      return (source && !test) || entry.name.endsWith('.json') ? [path] : [];
    }),
  );
  return nested.flat();
}

/** Writes through a temporary file renamed into place, so a process reading `dist/` never sees half a file. */
async function compile(root: string, out: string, file: string): Promise<void> {
  const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  if (file.endsWith('.json')) await copyFile(file, partial);
  else await writeFile(partial, (await transformFile(file, swcOptions(root, file))).code);
  await rename(partial, target);
}

/**
 * Compiles the services' TypeScript (each named app's `src/`, every service when none is named, and
 * the libraries they may import) to CommonJS under `<root>/dist`, the tree mirrored, so production runs
 * plain JavaScript (`node dist/apps/<app>/src/main.js`); JSON data files beside the sources are copied
 * (a library's lexicons). Resolves with how many files it wrote.
 */
export async function compileServices(
  root: string,
  apps: string[] = [],
): Promise<{ files: number; folders: string[] }> {
  const out = join(root, 'dist');
  const folders = servicePaths(root, apps);
  const files = (await Promise.all(folders.map((folder) => sourceFiles(join(root, folder))))).flat();
  for (let start = 0; start < files.length; start += PARALLEL) {
    await Promise.all(files.slice(start, start + PARALLEL).map((file) => compile(root, out, file)));
  }
  return { files: files.length, folders };
}

/** Where a compiled service's entry point is, relative to the repository root. */
export const compiledEntry = (app: string): string => `dist/apps/${app}/src/main.js`;
