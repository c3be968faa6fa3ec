import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readText, repoPath } from './deployment-files';

/** The HTTP paths apps really serve, read from their code: what probes may point at. */

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(repoPath(dir))) {
      const path = join(dir, name);
      if (statSync(repoPath(path)).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(name)) files.push(path);
    }
  };
  walk(folder);
  return files;
}

function joinRoute(...parts: string[]): string {
  return `/${parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter((part) => part.length > 0)
    .join('/')}`;
}

const CONTROLLER = /@Controller\(\s*(?:['"`]([^'"`]*)['"`])?\s*\)/;
const GET = /@Get\(\s*(?:['"`]([^'"`]*)['"`])?\s*\)/g;

/** `GET` routes of the Nest controllers under the given folders (`@Controller('a')` + `@Get('b')` → `/a/b`; `@Controller()` is the root). */
export function nestGetRoutes(folders: string[]): string[] {
  const routes = new Set<string>();
  for (const file of folders.flatMap(sourceFiles)) {
    const text = readText(file);
    const controller = CONTROLLER.exec(text);
    if (!controller) continue;
    for (const get of text.matchAll(GET)) routes.add(joinRoute(controller[1] ?? '', get[1] ?? ''));
  }
  return [...routes].sort();
}

/** Whether an nginx configuration answers a path itself: an exact `location = /path`. */
export function nginxServesExactly(configPath: string, path: string): boolean {
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`location\\s*=\\s*${escaped}\\s*\\{[^}]*return\\s+200`).test(readText(configPath));
}

/** Whether any source file of the folder imports the module (`from '<module>'`). */
export function imports(folder: string, module: string): boolean {
  return sourceFiles(folder).some((file) => readText(file).includes(`from '${module}'`));
}

/** The `GET` routes an app serves: its own controllers, and the health library's when it uses it (directly or through the service platform). */
export function appGetRoutes(app: string): string[] {
  const folders = [`apps/${app}/src`];
  const source = `apps/${app}/src`;
  if (imports(source, '@relais/server-health') || imports(source, '@relais/server-service')) {
    folders.push('libs/server/health/src');
  }
  return nestGetRoutes(folders);
}
