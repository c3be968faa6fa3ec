// `npm run build:services [-- <app>...]`: compiles the services (every one when none is named) and the
// libraries they import to `dist/`, as the service image does. Running through `tools/register.js`
// instead loads the TypeScript compiler and swc into every process: about 70 MB more resident memory.
import { join } from 'node:path';
import { compileServices } from './compile-services';

compileServices(join(__dirname, '..', '..'), process.argv.slice(2)).then(
  ({ files, folders }) =>
    process.stdout.write(`Compiled ${files} files of ${folders.join(', ')} into dist/\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
