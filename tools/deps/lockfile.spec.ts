import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satisfies, subset, validRange } from 'semver';

/**
 * `npm ci` must install quietly on every Node version the project says it supports: each locked package
 * accepts those versions, and each package's required peers are met, except where `overrides` in
 * package.json deliberately points a peer at the project's own version (and says so there).
 */
interface LockedPackage {
  version?: string;
  engines?: Record<string, string> | string[];
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  optional?: boolean;
  dev?: boolean;
}

interface Manifest {
  engines: { node: string };
  overrides?: Record<string, string | Record<string, string>>;
}

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};
const packages = Object.entries(lock.packages).filter(([path]) => path !== '');

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/** Where Node would find `name` from the package at `path`: its own node_modules, then each parent's. */
function resolveFrom(path: string, name: string): LockedPackage | undefined {
  let base = path;
  for (;;) {
    const found = lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`];
    if (found) return found;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

/** Peers that package.json overrides on purpose, as `package>peer`. */
function overriddenPeers(): Set<string> {
  const pairs = new Set<string>();
  for (const [name, value] of Object.entries(manifest.overrides ?? {})) {
    if (typeof value === 'object') for (const peer of Object.keys(value)) pairs.add(`${name}>${peer}`);
  }
  return pairs;
}

describe('the lockfile', () => {
  it('declares a valid Node range', () => {
    expect(validRange(manifest.engines.node)).not.toBeNull();
  });

  it('holds only packages that run on every Node version the project supports', () => {
    const refusing = packages
      .filter(([, pkg]) => !pkg.optional)
      .flatMap(([path, pkg]) => {
        const wanted = Array.isArray(pkg.engines) ? undefined : pkg.engines?.['node'];
        if (!wanted || !validRange(wanted)) return [];
        return subset(manifest.engines.node, wanted)
          ? []
          : [`${nameOf(path)}@${pkg.version} needs node ${wanted}`];
      });
    expect([...new Set(refusing)]).toEqual([]);
  });

  it('meets every required peer dependency', () => {
    const deliberate = overriddenPeers();
    const unmet = packages.flatMap(([path, pkg]) =>
      Object.entries(pkg.peerDependencies ?? {}).flatMap(([peer, range]) => {
        if (pkg.peerDependenciesMeta?.[peer]?.optional) return [];
        if (deliberate.has(`${nameOf(path)}>${peer}`)) return [];
        const found = resolveFrom(path, peer);
        if (found?.version && satisfies(found.version, range, { includePrerelease: true })) return [];
        return [`${nameOf(path)} wants ${peer}@${range}, has ${found?.version ?? 'none'}`];
      }),
    );
    expect([...new Set(unmet)]).toEqual([]);
  });
});
