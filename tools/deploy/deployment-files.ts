import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/** Reads the repository's deployment files: Dockerfiles, docker-compose.yml and k8s/. */

export const ROOT = join(__dirname, '..', '..');

export function repoPath(...parts: string[]): string {
  return join(ROOT, ...parts);
}

export function readText(path: string): string {
  return readFileSync(repoPath(path), 'utf8');
}

/** Every folder under apps/. */
export function appNames(): string[] {
  return readdirSync(repoPath('apps'))
    .filter((name) => statSync(repoPath('apps', name)).isDirectory())
    .sort();
}

// --- Kubernetes ----------------------------------------------------------------------------------

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  [key: string]: unknown;
}

export interface K8sDocument {
  file: string;
  object: K8sObject;
}

export interface Kustomization {
  resources?: string[];
  patches?: Array<{ path: string }>;
  images?: Array<{ name: string; newName?: string; newTag?: string }>;
  namespace?: string;
}

/** Every YAML document of every `.yaml` file under a folder (recursively), with its file. */
export function yamlDocumentsUnder(
  folder: string,
): Array<{ file: string; value: unknown; errors: string[] }> {
  const found: Array<{ file: string; value: unknown; errors: string[] }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(repoPath(dir)).sort()) {
      const path = join(dir, name);
      if (statSync(repoPath(path)).isDirectory()) walk(path);
      else if (name.endsWith('.yaml') || name.endsWith('.yml')) {
        for (const document of parseAllDocuments(readText(path))) {
          found.push({
            file: path,
            value: document.toJS() as unknown,
            errors: document.errors.map((error) => error.message),
          });
        }
      }
    }
  };
  walk(folder);
  return found;
}

export function readKustomization(folder: string): Kustomization {
  return parse(readText(join(folder, 'kustomization.yaml'))) as Kustomization;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A strategic merge as kustomize does it for maps (lists are replaced whole). */
function merge(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(target) || !isPlainObject(patch)) return patch;
  const merged: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) merged[key] = merge(target[key], value);
  return merged;
}

/**
 * The objects a kustomization folder produces: its resources (following other folders), with its
 * patches merged into the objects they name.
 */
export function kustomizedObjects(folder: string): K8sDocument[] {
  const kustomization = readKustomization(folder);
  const objects: K8sDocument[] = [];
  for (const resource of kustomization.resources ?? []) {
    const path = join(folder, resource);
    if (existsSync(join(repoPath(path), 'kustomization.yaml'))) {
      objects.push(...kustomizedObjects(path));
    } else {
      for (const document of parseAllDocuments(readText(path))) {
        objects.push({ file: path, object: document.toJS() as K8sObject });
      }
    }
  }
  for (const { path } of kustomization.patches ?? []) {
    const patch = parse(readText(join(folder, path))) as K8sObject;
    const target = objects.find(
      ({ object }) => object.kind === patch.kind && object.metadata.name === patch.metadata.name,
    );
    if (!target)
      throw new Error(
        `${join(folder, path)} patches ${patch.kind} ${patch.metadata.name}, which is not there`,
      );
    target.object = merge(target.object, patch) as K8sObject;
  }
  return objects;
}

export function findObject(objects: K8sDocument[], kind: string, name: string): K8sObject | undefined {
  return objects.find(({ object }) => object.kind === kind && object.metadata.name === name)?.object;
}

/** Files of a folder listed neither as a resource nor as a patch of its kustomization. */
export function unlistedYamlFiles(folder: string): string[] {
  const kustomization = readKustomization(folder);
  const listed = new Set([
    'kustomization.yaml',
    ...(kustomization.resources ?? []),
    ...(kustomization.patches ?? []).map((patch) => patch.path),
  ]);
  return readdirSync(repoPath(folder)).filter(
    (name) => (name.endsWith('.yaml') || name.endsWith('.yml')) && !listed.has(name),
  );
}

// --- Dockerfiles ---------------------------------------------------------------------------------

export interface DockerInstruction {
  keyword: string;
  args: string;
}

/** Instructions whose arguments Docker expands build arguments in (`RUN` and `CMD` leave it to the shell). */
const EXPANDED = new Set([
  'ADD',
  'COPY',
  'ENV',
  'EXPOSE',
  'FROM',
  'LABEL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/** `$NAME` and `${NAME}` replaced by the build argument's value (empty when it has none), as Docker does. */
function expandArgs(text: string, values: Record<string, string>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_whole, braced?: string, bare?: string) => values[(braced ?? bare) as string] ?? '',
  );
}

/**
 * Instructions of a Dockerfile, continuation lines joined, comments dropped, with the build
 * arguments (`ARG NAME=default`, overridden by `buildArgs` as `--build-arg` does) expanded.
 */
export function dockerInstructions(
  path: string,
  buildArgs: Record<string, string> = {},
): DockerInstruction[] {
  const joined = readText(path)
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ');
  // ARGs before the first FROM serve FROM lines; a stage sees only the ARGs it declares (a bare
  // `ARG NAME` there takes the global default).
  const globals: Record<string, string> = {};
  let stage: Record<string, string> | undefined;
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') };
      if (instruction.keyword === 'ARG') {
        const [name = '', fallback] = instruction.args.split('=', 2);
        const value = buildArgs[name] ?? fallback?.replace(/^"(.*)"$/, '$1') ?? globals[name] ?? '';
        (stage ?? globals)[name] = value;
      } else if (instruction.keyword === 'FROM') {
        instruction.args = expandArgs(instruction.args, globals).trim();
        stage = {};
      } else if (EXPANDED.has(instruction.keyword)) {
        instruction.args = expandArgs(instruction.args, stage ?? globals).trim();
      }
      return instruction;
    });
}

/** The instructions of the last stage (the image that runs). */
export function finalStage(instructions: DockerInstruction[]): DockerInstruction[] {
  const lastFrom = instructions.map((instruction) => instruction.keyword).lastIndexOf('FROM');
  return instructions.slice(lastFrom);
}

/** The instructions of the stage `FROM … AS <name>`, up to the next `FROM`. */
export function stageNamed(instructions: DockerInstruction[], name: string): DockerInstruction[] {
  const start = instructions.findIndex(
    (instruction) =>
      instruction.keyword === 'FROM' && new RegExp(`\\sAS\\s+${name}$`, 'i').test(instruction.args),
  );
  if (start < 0) throw new Error(`the Dockerfile has no stage named ${name}`);
  const next = instructions.findIndex((instruction, i) => i > start && instruction.keyword === 'FROM');
  return instructions.slice(start, next < 0 ? undefined : next);
}

/** Source paths of `COPY` instructions that read the build context (not `--from=` another stage). */
export function contextCopySources(instructions: DockerInstruction[]): string[] {
  return instructions
    .filter((instruction) => instruction.keyword === 'COPY' && !instruction.args.includes('--from='))
    .flatMap((instruction) => {
      const parts = instruction.args.split(/\s+/).filter((part) => !part.startsWith('--'));
      return parts.slice(0, -1);
    });
}

/** The patterns of .dockerignore as matchers (`**`, `*`; a matched folder excludes what it holds). */
export function dockerIgnoreMatchers(): RegExp[] {
  return readText('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#') && !line.startsWith('!'))
    .map((pattern) => {
      const source = pattern
        .replace(/^\/+/, '')
        .replace(/\/+$/, '')
        .split('/')
        .map((segment) =>
          segment === '**'
            ? '(?:.*/)?'
            : `${segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}/`,
        )
        .join('')
        .replace(/\/$/, '');
      return new RegExp(`^${source}(?:/.*)?$`);
    });
}

export function isDockerIgnored(path: string, matchers: RegExp[]): boolean {
  return matchers.some((matcher) => matcher.test(path));
}

// --- docker compose ------------------------------------------------------------------------------

export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
}

/** `KEY=value` lines. */
export function readEnvFile(path: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of readText(path).split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match?.[1] !== undefined) values[match[1]] = match[2] ?? '';
  }
  return values;
}

/** Compose's variable interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:?error}`, `$$`. */
export function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, braced?: string, operator?: string, operand?: string, bare?: string) => {
      if (whole === '$$') return '$';
      const name = (braced ?? bare) as string;
      const value = env[name];
      const missing = operator?.startsWith(':') ? !value : value === undefined;
      if (!missing) return value;
      if (operator?.endsWith('?')) throw new Error(`compose needs ${name}: ${operand ?? ''}`);
      if (operator?.endsWith('-')) return operand ?? '';
      return '';
    },
  );
}

/** Interpolates every string of a parsed compose file, as compose does (after parsing, not in the YAML text). */
function interpolateValues(value: unknown, env: Record<string, string>): unknown {
  if (typeof value === 'string') return interpolate(value, env);
  if (Array.isArray(value)) return value.map((item) => interpolateValues(item, env));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, interpolateValues(item, env)]),
    );
  }
  return value;
}

export function readCompose(env: Record<string, string>): ComposeFile {
  return interpolateValues(parse(readText('docker-compose.yml'), { merge: true }), env) as ComposeFile;
}
