/**
 * Prints the local development settings as shell `export` lines, for scripts/start.sh to `eval` before
 * it seeds the demo agency with the same settings the apps will run with.
 */
import { localDevEnvironment } from './local-dev-settings';

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

for (const [name, value] of Object.entries(localDevEnvironment())) {
  process.stdout.write(`export ${name}=${quote(value)}\n`);
}
