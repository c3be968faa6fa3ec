import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadMigrateConfig } from '../db/migrate.config';
import {
  ComposeFile,
  K8sDocument,
  appNames,
  contextCopySources,
  dockerIgnoreMatchers,
  dockerInstructions,
  finalStage,
  stageNamed,
  findObject,
  isDockerIgnored,
  kustomizedObjects,
  readCompose,
  readEnvFile,
  readKustomization,
  readText,
  repoPath,
  unlistedYamlFiles,
  yamlDocumentsUnder,
} from './deployment-files';
import {
  Container,
  ServiceObject,
  Workload,
  resolveEnvironment,
  resolvePort,
  selects,
  validateKubernetesObject,
} from './kubernetes-checks';
import { appGetRoutes, nginxServesExactly } from './served-paths';

const APPS = appNames();
/** Nest services run `src/main.ts`; the console is a static site. */
const SERVICES = APPS.filter((app) => existsSync(repoPath('apps', app, 'src', 'main.ts')));
const COMPOSE_EXAMPLE_ENV = readEnvFile('tools/deploy/compose.env.example');
const compose: ComposeFile = readCompose(COMPOSE_EXAMPLE_ENV);
const base: K8sDocument[] = kustomizedObjects('k8s');
const withPostgres: K8sDocument[] = kustomizedObjects('k8s/optional');
const withSandbox: K8sDocument[] = kustomizedObjects('k8s/sandbox');
/** Apps for trials and demos only (the network emulators): deployed by k8s/sandbox, one replica, no NATS. */
const DEMO_APPS: readonly string[] = ['sandbox-networks'];
const isDemoApp = (app: string): boolean => DEMO_APPS.includes(app);

/** The manifests an app is deployed by. */
function objectsOf(app: string): K8sDocument[] {
  return isDemoApp(app) ? withSandbox : base;
}

function workload(objects: K8sDocument[], kind: string, name: string): Workload {
  const found = findObject(objects, kind, name);
  if (!found) throw new Error(`k8s has no ${kind} ${name}`);
  return found as Workload;
}

function mainContainer(app: string): Container {
  const container = workload(objectsOf(app), 'Deployment', app).spec.template.spec.containers.find(
    (c) => c.name === app,
  );
  if (!container) throw new Error(`Deployment ${app} has no container named ${app}`);
  return container;
}

/** The app's own configuration loader (`load<App>Config` in `apps/<app>/src/config.ts`). */
async function configLoader(app: string): Promise<(env: Record<string, string>) => unknown> {
  const module = (await import(repoPath('apps', app, 'src', 'config.ts'))) as Record<string, unknown>;
  const loader = Object.entries(module).find(([name]) => /^load\w*Config$/.test(name))?.[1];
  if (typeof loader !== 'function')
    throw new Error(`apps/${app}/src/config.ts exports no load…Config function`);
  return loader as (env: Record<string, string>) => unknown;
}

/** Every service's image is built from this one Dockerfile, with its app and ports as build arguments. */
const SERVICE_DOCKERFILE = 'Dockerfile';

/** The Dockerfile and build arguments docker compose builds the app's image with. */
function imageBuild(app: string): { dockerfile: string; args: Record<string, string> } {
  const build = compose.services[app]?.build;
  if (!build) throw new Error(`docker compose does not build ${app}`);
  return { dockerfile: join(build.context, build.dockerfile), args: build.args ?? {} };
}

function imageInstructions(app: string) {
  const { dockerfile, args } = imageBuild(app);
  return dockerInstructions(dockerfile, args);
}

function exposedPorts(app: string): number[] {
  return finalStage(imageInstructions(app))
    .filter((instruction) => instruction.keyword === 'EXPOSE')
    .flatMap((instruction) => instruction.args.split(/\s+/).map((port) => Number.parseInt(port, 10)));
}

describe('deployment files', () => {
  it('finds the apps', () => {
    expect(APPS).toEqual(expect.arrayContaining(['clients', 'console', 'gateway']));
    expect(SERVICES).toEqual(expect.arrayContaining(['clients', 'gateway']));
  });

  describe.each(APPS)('app %s', (app) => {
    it('has a multi-stage Dockerfile on Node 22 that runs as a non-root user with a health check', () => {
      expect(existsSync(repoPath(imageBuild(app).dockerfile))).toBe(true);
      const instructions = imageInstructions(app);
      const froms = instructions.filter((instruction) => instruction.keyword === 'FROM');
      expect(froms.length).toBeGreaterThanOrEqual(2);
      expect(froms[0]?.args).toMatch(/^node:22-bookworm-slim\b/);
      const last = finalStage(instructions);
      const user = last.filter((instruction) => instruction.keyword === 'USER').pop();
      expect(user?.args).toBeDefined();
      expect(user?.args).not.toMatch(/^(root|0)(:|$)/);
      expect(last.some((instruction) => instruction.keyword === 'HEALTHCHECK')).toBe(true);
      expect(exposedPorts(app).length).toBeGreaterThan(0);
    });

    it('has a docker compose service built from the Dockerfile of its kind, with a health check', () => {
      const service = compose.services[app];
      if (SERVICES.includes(app)) {
        expect(service?.build).toEqual({
          context: '.',
          dockerfile: SERVICE_DOCKERFILE,
          args: expect.objectContaining({ SERVICE: app }) as unknown,
        });
      } else {
        expect(service?.build).toEqual({ context: '.', dockerfile: `apps/${app}/Dockerfile` });
      }
      expect(service?.image).toMatch(new RegExp(`^relais/${app}:`));
      expect(service?.healthcheck?.test.length).toBeGreaterThan(0);
    });

    it('has a Kubernetes Deployment and a Service that selects its pods on the port the image exposes', () => {
      const deployment = workload(objectsOf(app), 'Deployment', app);
      const service = findObject(objectsOf(app), 'Service', app) as ServiceObject | undefined;
      expect(service).toBeDefined();
      expect(selects(service as ServiceObject, deployment)).toBe(true);
      const container = mainContainer(app);
      expect(container.image).toBe(`relais/${app}`);
      for (const port of (service as ServiceObject).spec.ports) {
        const containerPort = resolvePort(container, port.targetPort);
        expect(containerPort).toBeDefined();
        expect(exposedPorts(app)).toContain(containerPort);
      }
    });

    it('runs its pods unprivileged with resources set', () => {
      const deployment = workload(objectsOf(app), 'Deployment', app);
      expect(deployment.spec.template.spec.securityContext?.runAsNonRoot).toBe(true);
      const container = mainContainer(app);
      expect(container.securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect(container.resources?.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container.resources?.limits?.['memory']).toEqual(expect.any(String));
    });
  });

  describe.each(SERVICES)('service %s', (app) => {
    it('gets an image of its own code, compiled, from the service Dockerfile, on the HTTP port it is configured with', () => {
      const instructions = imageInstructions(app);
      const build = stageNamed(instructions, 'build');
      const copied = contextCopySources(build);
      expect(copied).toContain(`apps/${app}/src`);
      expect(copied.filter((source) => source.startsWith('apps/'))).toEqual([`apps/${app}/src`]);
      const compile = build.filter((instruction) => instruction.keyword === 'RUN').map((i) => i.args);
      expect(compile.some((args) => args.includes('tools/build/build-services.ts'))).toBe(true);
      // The image runs the compiled JavaScript, without the TypeScript compiler or swc loaded.
      const last = finalStage(instructions);
      expect(contextCopySources(last).filter((source) => source.startsWith('apps/'))).toEqual([]);
      expect(last.some((instruction) => instruction.args.startsWith('--from=build /app/dist'))).toBe(true);
      const cmd = last.filter((instruction) => instruction.keyword === 'CMD').pop();
      expect(cmd?.args).toContain('dist/apps/$SERVICE/src/main.js');
      expect(cmd?.args).not.toContain('register');
      const env = last
        .filter((instruction) => instruction.keyword === 'ENV')
        .map((i) => i.args)
        .join(' ');
      const port = compose.services[app]?.environment?.['HTTP_PORT'];
      expect(env).toContain(`HTTP_PORT=${port ?? ''}`);
      expect(exposedPorts(app)).toContain(Number(port));
    });

    it('probes paths the service serves, on its HTTP port', () => {
      const routes = appGetRoutes(app);
      const container = mainContainer(app);
      expect(container.livenessProbe?.httpGet?.path).toBe('/health/live');
      expect(container.readinessProbe?.httpGet?.path).toBe('/health/ready');
      expect(routes).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
      for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) {
        if (!probe?.httpGet) continue;
        expect(routes).toContain(probe.httpGet.path);
        expect(String(resolvePort(container, probe.httpGet.port))).toBe(
          container.env?.find((v) => v.name === 'HTTP_PORT')?.value,
        );
      }
    });

    it('runs two replicas (one for an emulator, whose state is in memory)', () => {
      expect(workload(objectsOf(app), 'Deployment', app).spec.replicas).toBe(isDemoApp(app) ? 1 : 2);
    });

    it('starts with the Kubernetes configuration (ConfigMap and example Secret)', async () => {
      const load = await configLoader(app);
      expect(() => load(resolveEnvironment(mainContainer(app), objectsOf(app)))).not.toThrow();
    });

    it('starts with the docker compose configuration (example env file)', async () => {
      const load = await configLoader(app);
      const environment = compose.services[app]?.environment ?? {};
      expect(() => load(environment)).not.toThrow();
      if (isDemoApp(app)) return;
      expect(compose.services[app]?.depends_on).toMatchObject({
        nats: { condition: 'service_healthy' },
      });
    });
  });

  it('serves the console health check from nginx on the port the Deployment uses', () => {
    const container = mainContainer('console');
    for (const probe of [container.livenessProbe, container.readinessProbe]) {
      expect(probe?.httpGet).toBeDefined();
      expect(nginxServesExactly('apps/console/nginx.conf', probe?.httpGet?.path ?? '')).toBe(true);
    }
    const port = resolvePort(container, container.readinessProbe?.httpGet?.port ?? '');
    expect(readText('apps/console/nginx.conf')).toMatch(new RegExp(`listen\\s+${port};`));
  });
});

describe('Kubernetes manifests', () => {
  const documents = yamlDocumentsUnder('k8s');

  it('parse as YAML', () => {
    expect(documents.filter((document) => document.errors.length > 0)).toEqual([]);
  });

  it.each(
    documents.map((document) => {
      const object = document.value as K8sDocument['object'];
      return [`${document.file} ${object.kind}/${object.metadata?.name ?? ''}`, document] as const;
    }),
  )('%s validates against the Kubernetes schemas', (_file, document) => {
    const object = document.value as K8sDocument['object'];
    if (object.kind === 'Kustomization') return;
    expect(() => validateKubernetesObject(object)).not.toThrow();
  });

  it('are all listed in their kustomization, and everything listed exists', () => {
    for (const folder of ['k8s', 'k8s/optional', 'k8s/sandbox']) {
      expect(unlistedYamlFiles(folder)).toEqual([]);
      const kustomization = readKustomization(folder);
      for (const path of [
        ...(kustomization.resources ?? []),
        ...(kustomization.patches ?? []).map((p) => p.path),
      ]) {
        expect(existsSync(repoPath(folder, path))).toBe(true);
      }
    }
  });

  it('run migrations in a Job and keep NATS with JetStream on a persistent volume', () => {
    const job = workload(base, 'Job', 'relais-migrate');
    const migrate = job.spec.template.spec.containers[0];
    expect(migrate.image).toBe('relais/migrate');
    expect(() => loadMigrateConfig(resolveEnvironment(migrate, base))).not.toThrow();
    expect(() => loadMigrateConfig(resolveEnvironment(migrate, withPostgres))).not.toThrow();
    const nats = workload(base, 'StatefulSet', 'nats');
    expect(nats.spec.template.spec.containers[0]?.env ?? []).toEqual([]);
    expect(readText('k8s/nats.yaml')).toMatch(/args: \['-js', '-sd', '\/data'/);
    expect(findObject(base, 'Service', 'nats')).toBeDefined();
  });

  it('tag every image built here through the kustomization', () => {
    const images = (readKustomization('k8s').images ?? []).map((image) => image.name).sort();
    const used = [...base, ...withPostgres]
      .filter(({ object }) => ['Deployment', 'Job', 'StatefulSet'].includes(object.kind))
      .flatMap(({ object }) => (object as Workload).spec.template.spec.containers.map((c) => c.image))
      .filter((image) => image.startsWith('relais/'));
    expect([...new Set(used)].sort()).toEqual(images);
  });

  it('offer a trial overlay whose publishing service sends to the network emulators', () => {
    const [publishing] = workload(withSandbox, 'Deployment', 'publishing').spec.template.spec.containers;
    const environment = resolveEnvironment(publishing, withSandbox);
    for (const key of [
      'FACEBOOK_GRAPH_URL',
      'LINKEDIN_API_URL',
      'X_API_URL',
      'BLUESKY_DEFAULT_PDS_URL',
      'BLUESKY_VIDEO_SERVICE_URL',
    ]) {
      expect(new URL(environment[key] ?? '').hostname).toBe('sandbox-networks');
    }
    const images = (readKustomization('k8s/sandbox').images ?? []).map((image) => image.name);
    expect(images).toEqual(['relais/sandbox-networks']);
  });

  it('offer an in-cluster Postgres whose URLs the services can use', () => {
    expect(findObject(withPostgres, 'StatefulSet', 'postgres')).toBeDefined();
    const secret = findObject(withPostgres, 'Secret', 'relais-secrets') as unknown as {
      stringData: Record<string, string>;
    };
    for (const key of ['DATABASE_URL', 'DATABASE_OWNER_URL', 'DATABASE_SUPERUSER_URL']) {
      expect(new URL(secret.stringData[key] ?? '').host).toBe('postgres:5432');
    }
    const superuser = new URL(secret.stringData['DATABASE_SUPERUSER_URL'] ?? '');
    expect(decodeURIComponent(superuser.password)).toBe(secret.stringData['POSTGRES_PASSWORD']);
    for (const app of SERVICES.filter((name) => !isDemoApp(name))) {
      const [container] = workload(withPostgres, 'Deployment', app).spec.template.spec.containers;
      expect(() => resolveEnvironment(container, withPostgres)).not.toThrow();
    }
  });
});

describe('docker compose', () => {
  it('builds every image from a Dockerfile that exists, copying only files the build context sends', () => {
    const ignored = dockerIgnoreMatchers();
    const built = Object.values(compose.services).filter((service) => service.build);
    expect(built.length).toBeGreaterThan(APPS.length);
    for (const service of built) {
      const dockerfile = join(service.build?.context ?? '', service.build?.dockerfile ?? '');
      expect(existsSync(repoPath(dockerfile))).toBe(true);
      for (const source of contextCopySources(dockerInstructions(dockerfile, service.build?.args))) {
        expect({ source, exists: existsSync(repoPath(source)) }).toEqual({ source, exists: true });
        expect({ source, ignored: isDockerIgnored(source, ignored) }).toEqual({ source, ignored: false });
      }
    }
  });

  it('starts the services only after the migrations succeeded and their dependencies are healthy', () => {
    const names = Object.keys(compose.services);
    for (const service of Object.values(compose.services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(names).toContain(dependency);
    }
    expect(compose.services['migrate']?.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(() => loadMigrateConfig(compose.services['migrate']?.environment ?? {})).not.toThrow();
    expect(compose.services['clients']?.depends_on?.['migrate']).toEqual({
      condition: 'service_completed_successfully',
    });
  });
});
