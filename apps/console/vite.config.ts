import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const consoleRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const gatewayUrl = process.env['RELAIS_GATEWAY_URL'] ?? 'http://127.0.0.1:3000';

const proxy = {
  // xfwd: the gateway sees the browser's address (sign-in limits are per IP).
  '/graphql': { target: gatewayUrl, changeOrigin: true, xfwd: true },
};

export default defineConfig({
  root: consoleRoot,
  plugins: [react()],
  resolve: {
    alias: {
      '@relais/web-graphql': `${workspaceRoot}libs/web/graphql/src/index.ts`,
      '@relais/listening-query': `${workspaceRoot}libs/listening-query/src/index.ts`,
      '@relais/network-rules': `${workspaceRoot}libs/network-rules/src/index.ts`,
      '@relais/schedule-rules': `${workspaceRoot}libs/schedule-rules/src/index.ts`,
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4173, proxy },
  build: {
    outDir: `${workspaceRoot}dist/apps/console`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    root: consoleRoot,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
