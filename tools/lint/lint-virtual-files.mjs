// Lints files with the workspace's eslint.config.mjs and prints what each one reports.
// Reads `[{ filePath, code? }]` as JSON on stdin and writes `[{ filePath, messages: [{ ruleId, message }] }]`.
// With `code`, the text is linted as if it lived at `filePath`: such files do not exist on disk, so
// type-aware parsing and the import-cycle rule are switched off for them. Without `code`, the file on
// disk is linted as is, even where the config ignores it (the fixtures under tools/lint/fixtures).
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
const virtualFiles = files.filter((file) => file.code !== undefined).map((file) => file.filePath);
const eslint = new ESLint({
  cwd: root,
  ignore: false,
  overrideConfig:
    virtualFiles.length === 0
      ? []
      : {
          ...tseslint.configs.disableTypeChecked,
          files: virtualFiles,
          rules: { ...tseslint.configs.disableTypeChecked.rules, 'import/no-cycle': 'off' },
        },
});

const results = [];
for (const { filePath, code } of files) {
  const absolute = resolve(root, filePath);
  const [result] =
    code === undefined
      ? await eslint.lintFiles([absolute])
      : await eslint.lintText(code, { filePath: absolute });
  results.push({
    filePath,
    messages: result.messages.map(({ ruleId, message }) => ({ ruleId, message })),
  });
}
process.stdout.write(JSON.stringify(results));
