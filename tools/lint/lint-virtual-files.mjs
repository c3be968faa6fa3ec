// Lints source texts as if they lived at the given paths, with the workspace's eslint.config.mjs.
// Reads `[{ filePath, code }]` as JSON on stdin and writes `[{ filePath, messages: [{ ruleId, message }] }]`.
// The files do not exist on disk, so type-aware parsing is switched off for them; every other rule
// (module boundaries included) runs exactly as configured.
import { ESLint } from 'eslint';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const files = await readStdin();
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    ...tseslint.configs.disableTypeChecked,
    files: ['**/*.ts', '**/*.tsx'],
  },
});

const results = [];
for (const { filePath, code } of files) {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  results.push({
    filePath,
    messages: result.messages.map(({ ruleId, message }) => ({ ruleId, message })),
  });
}
process.stdout.write(JSON.stringify(results));
