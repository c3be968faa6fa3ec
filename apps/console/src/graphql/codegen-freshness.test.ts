import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const workspaceRoot = fileURLToPath(new URL('../../../..', import.meta.url));

function isFileOutputs(value: unknown): value is Array<{ filename: string; content: string }> {
  return (
    Array.isArray(value) &&
    value.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        'filename' in entry &&
        typeof entry.filename === 'string' &&
        'content' in entry &&
        typeof entry.content === 'string',
    )
  );
}

describe('generated GraphQL types', () => {
  it('match the gateway schema and the console documents (run `npm run codegen` when this fails)', async () => {
    const outputs: unknown = await generate({ ...config, cwd: workspaceRoot, silent: true }, false);
    if (!isFileOutputs(outputs)) throw new Error('graphql-codegen returned no files');
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = await readFile(join(workspaceRoot, output.filename), 'utf8').catch(() => '');
      expect(committed, `${output.filename} is stale`).toBe(output.content);
    }
  }, 60_000);
});
