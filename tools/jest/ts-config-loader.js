// Node 20 cannot strip TypeScript types itself, and Jest then wants ts-node to read `jest.*.config.ts`.
// Preloading this file (`node -r ./tools/jest/ts-config-loader.js node_modules/.bin/jest -c ...`, or
// NODE_OPTIONS) lets Jest require the TypeScript config through the repository's swc register instead.
require('../register.js');
if (!process.features.typescript) {
  Object.defineProperty(process.features, 'typescript', { value: 'transform', configurable: true });
}
