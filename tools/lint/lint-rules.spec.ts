import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface LintMessage {
  ruleId: string | null;
  message: string;
}

interface VirtualFile {
  filePath: string;
  /** The text to lint as if it lived at `filePath`; without it, the file on disk. */
  code?: string;
}

const root = join(__dirname, '..', '..');

/** Lints every fixture in one ESLint process (the project graph is built once). */
function lintAll(files: VirtualFile[]): Map<string, LintMessage[]> {
  const output = execFileSync(process.execPath, [join(__dirname, 'lint-virtual-files.mjs')], {
    cwd: root,
    input: JSON.stringify(files),
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  const results = JSON.parse(output) as Array<{ filePath: string; messages: LintMessage[] }>;
  return new Map(results.map((result) => [result.filePath, result.messages]));
}

const fixtures = {
  clientsImportsGateway: {
    filePath: 'apps/clients/src/lint-fixture.ts',
    code: "import { AppModule } from '../../gateway/src/app.module';\nexport const imported = AppModule;\n",
  },
  clientsImportsSharedLibs: {
    filePath: 'apps/clients/src/lint-fixture-shared.ts',
    code: [
      "import { ErrorCode } from '@relais/contracts';",
      "import { DomainException } from '@relais/server-errors';",
      'export const imported = [ErrorCode, DomainException];',
      '',
    ].join('\n'),
  },
  gatewayImportsContracts: {
    filePath: 'apps/gateway/src/lint-fixture.ts',
    code: "import { ErrorCode } from '@relais/contracts';\nexport const imported = ErrorCode;\n",
  },
  consoleImportsContracts: {
    filePath: 'apps/console/src/lint-fixture.ts',
    code: "import { ErrorCode } from '@relais/contracts';\nexport const imported = ErrorCode;\n",
  },
  contractsImportServerLib: {
    filePath: 'libs/contracts/src/lint-fixture.ts',
    code: "import { DomainException } from '@relais/server-errors';\nexport const imported = DomainException;\n",
  },
  serviceLogsToConsole: {
    filePath: 'apps/clients/src/lint-fixture-console.ts',
    code: "console.log('hello');\n",
  },
  toolLogsToConsole: {
    filePath: 'tools/lint-fixture.ts',
    code: "console.log('hello');\n",
  },
  serviceReadsEnvironment: {
    filePath: 'apps/clients/src/brands/lint-fixture.ts',
    code: 'export const url = process.env.DATABASE_URL;\n',
  },
  configReadsEnvironment: {
    filePath: 'apps/clients/src/config/lint-fixture.ts',
    code: 'export const url = process.env.DATABASE_URL;\n',
  },
  importCycle: { filePath: 'tools/lint/fixtures/cycle-a.fixture.ts' },
  serviceImportsToolsInternals: {
    filePath: 'apps/clients/src/lint-fixture-tools.ts',
    code: "import { startPlatform } from '../../../tools/platform';\nexport const imported = startPlatform;\n",
  },
  serviceImportsDevPlatform: {
    filePath: 'apps/content/src/lint-fixture-platform.ts',
    code: "import { seedDemo } from '@relais/dev-platform';\nexport const imported = seedDemo;\n",
  },
  serviceImportsTestHarness: {
    filePath: 'apps/content/src/lint-fixture-testing.ts',
    code: "import { freePort } from '@relais/server-testing';\nexport const imported = freePort;\n",
  },
  sharedLibImportsTestHarness: {
    filePath: 'libs/server/nats/src/lint-fixture-testing.ts',
    code: "import { freePort } from '@relais/server-testing';\nexport const imported = freePort;\n",
  },
  serviceTestImportsHarnessAndPlatform: {
    filePath: 'apps/content/test/lint-fixture.int-spec.ts',
    code: [
      "import { startPlatform } from '@relais/dev-platform';",
      "import { freePort } from '@relais/server-testing';",
      'export const imported = [startPlatform, freePort];',
      '',
    ].join('\n'),
  },
  browserTestPlatformImportsPlatform: {
    filePath: 'apps/console/e2e/platform/lint-fixture.ts',
    code: [
      "import { startPlatform } from '@relais/dev-platform';",
      "import { createTestDatabase } from '@relais/server-testing';",
      'export const imported = [startPlatform, createTestDatabase];',
      '',
    ].join('\n'),
  },
  devPlatformImportsApp: {
    filePath: 'tools/lint-fixture-app.ts',
    code: "import { AppModule } from '../apps/content/src/app.module';\nexport const imported = AppModule;\n",
  },
  devPlatformImportsSharedLibs: {
    filePath: 'tools/lint-fixture-shared.ts',
    code: [
      "import { ContentSubjects } from '@relais/contracts';",
      "import { encodeRequest } from '@relais/server-nats';",
      "import { SandboxClient } from '@relais/server-testing';",
      'export const imported = [ContentSubjects, encodeRequest, SandboxClient];',
      '',
    ].join('\n'),
  },
} satisfies Record<string, VirtualFile>;

describe('eslint.config.mjs', () => {
  let messages: Map<string, LintMessage[]>;

  beforeAll(() => {
    messages = lintAll(Object.values(fixtures));
  }, 120_000);

  const rulesFor = (fixture: VirtualFile): Array<string | null> =>
    (messages.get(fixture.filePath) ?? []).map((message) => message.ruleId);
  const boundaryMessagesFor = (fixture: VirtualFile): string[] =>
    (messages.get(fixture.filePath) ?? [])
      .filter((message) => message.ruleId === '@nx/enforce-module-boundaries')
      .map((message) => message.message);

  it('forbids a service from importing another app', () => {
    expect(boundaryMessagesFor(fixtures.clientsImportsGateway)).toEqual([
      expect.stringMatching(/Imports of apps are forbidden|cannot be imported by a relative/),
    ]);
  });

  it('lets services import the shared libraries', () => {
    expect(messages.get(fixtures.clientsImportsSharedLibs.filePath)).toEqual([]);
    expect(messages.get(fixtures.gatewayImportsContracts.filePath)).toEqual([]);
  });

  it('keeps the console to web libraries', () => {
    expect(boundaryMessagesFor(fixtures.consoleImportsContracts)).toEqual([
      expect.stringContaining(
        'A project tagged with "scope:console" can only depend on libs tagged with "type:web"',
      ),
    ]);
  });

  it('keeps the contracts free of server code', () => {
    expect(boundaryMessagesFor(fixtures.contractsImportServerLib)).toHaveLength(1);
  });

  it('forbids console output in services but not in command-line tools', () => {
    expect(rulesFor(fixtures.serviceLogsToConsole)).toEqual(['no-console']);
    expect(rulesFor(fixtures.toolLogsToConsole)).toEqual([]);
  });

  it('reports import cycles', () => {
    expect(rulesFor(fixtures.importCycle)).toEqual(['import/no-cycle']);
  });

  it('reads the environment only in configuration modules', () => {
    expect(rulesFor(fixtures.serviceReadsEnvironment)).toEqual(['no-restricted-properties']);
    expect(rulesFor(fixtures.configReadsEnvironment)).toEqual([]);
  });

  it("fences the development platform: no app imports it or its internals, and it imports no app's code", () => {
    expect(boundaryMessagesFor(fixtures.serviceImportsToolsInternals)).toEqual([
      expect.stringMatching(
        /cannot be imported by a relative or absolute path|Imports of apps are forbidden/,
      ),
    ]);
    expect(boundaryMessagesFor(fixtures.serviceImportsDevPlatform)).toHaveLength(1);
    expect(boundaryMessagesFor(fixtures.devPlatformImportsApp)).toEqual([
      expect.stringMatching(
        /cannot be imported by a relative or absolute path|Imports of apps are forbidden/,
      ),
    ]);
    expect(messages.get(fixtures.devPlatformImportsSharedLibs.filePath)).toEqual([]);
  });

  it('keeps the test harness out of production code, in apps and shared libraries', () => {
    expect(boundaryMessagesFor(fixtures.serviceImportsTestHarness)).toHaveLength(1);
    expect(boundaryMessagesFor(fixtures.sharedLibImportsTestHarness)).toHaveLength(1);
  });

  it('lets tests use the test harness and the development platform', () => {
    expect(messages.get(fixtures.serviceTestImportsHarnessAndPlatform.filePath)).toEqual([]);
    expect(messages.get(fixtures.browserTestPlatformImportsPlatform.filePath)).toEqual([]);
  });
});
