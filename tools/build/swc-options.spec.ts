import { join } from 'node:path';
import { serviceApps, servicePaths, shippedLibraryFolders, swcOptions } from './swc-options';

const ROOT = join(__dirname, '..', '..');

describe('the services build', () => {
  it('ships the libraries a service imports, never the test kit, the dev platform or the console libs', () => {
    const folders = shippedLibraryFolders({
      '@relais/contracts': ['libs/contracts/src/index.ts'],
      '@relais/server-nats': ['libs/server/nats/src/index.ts'],
      '@relais/server-testing': ['libs/server/testing/src/index.ts'],
      '@relais/dev-platform': ['tools/index.ts'],
      '@relais/web-graphql': ['libs/web/graphql/src/index.ts'],
    });
    expect(folders).toEqual(['libs/contracts/src', 'libs/server/nats/src']);
  });

  it('compiles every service when none is named, and refuses a name that is not one', () => {
    expect(serviceApps(ROOT)).toEqual(
      expect.arrayContaining(['clients', 'content', 'publishing', 'gateway']),
    );
    expect(serviceApps(ROOT)).not.toContain('console');
    expect(servicePaths(ROOT, ['publishing'])).toEqual(
      expect.arrayContaining(['apps/publishing/src', 'libs/contracts/src', 'libs/server/service/src']),
    );
    expect(servicePaths(ROOT, ['publishing'])).not.toContain('apps/clients/src');
    expect(() => servicePaths(ROOT, ['console'])).toThrow(/no such service: console/);
  });

  it('keeps decorator metadata and rewrites @relais imports to relative paths', async () => {
    const { transform } = await import('@swc/core');
    const file = join(ROOT, 'apps/publishing/src/example.ts');
    const source = [
      "import { Injectable } from '@nestjs/common';",
      "import { SUBJECTS } from '@relais/contracts';",
      '@Injectable() export class Example { constructor(readonly when: Date) {} subjects = SUBJECTS; }',
    ].join('\n');
    const { code } = await transform(source, swcOptions(ROOT, file));
    expect(code).toContain('require("../../../libs/contracts/src")');
    expect(code).toContain('"design:paramtypes"');
    expect(code).not.toContain('@relais/contracts');
  });
});
