import { defineConfig } from '@playwright/test';
import type { ConsoleOptions, DemoLogin } from './e2e/support/fixtures';

/**
 * Browser tests of the console against the whole platform (real services, real database), in Debian's
 * Chromium. The global setup starts everything and tells the workers where through the environment,
 * which the workers read here (they load this file after the global setup ran).
 */
function demoLogins(): DemoLogin[] {
  const json = process.env['RELAIS_DEMO_LOGINS'];
  return json ? (JSON.parse(json) as DemoLogin[]) : [];
}

export default defineConfig<ConsoleOptions>({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  outputDir: './test-results',
  globalSetup: './e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  // Generous: the machine running these may be busy with other suites.
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env['RELAIS_CONSOLE_URL'],
    gatewayUrl: process.env['RELAIS_GATEWAY_URL'] ?? '',
    sandboxUrl: process.env['RELAIS_SANDBOX_URL'] ?? '',
    demoLogins: demoLogins(),
    headless: true,
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
    screenshot: 'on',
    // A failed test keeps its trace (DOM snapshots of every step, network, console); the screencast is left
    // out: encoding frames all along costs every test time, and the failure screenshot shows the end.
    trace: { mode: 'retain-on-failure', screenshots: false },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1366, height: 860 },
    launchOptions: { executablePath: '/usr/bin/chromium' },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
