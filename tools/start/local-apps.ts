import { join } from 'node:path';
import { clientsNetworkEnvironment, publishingNetworkEnvironment, sandboxEnvironment } from '../platform';
import {
  LOCAL_DEV_PORTS,
  LOCAL_DEV_URLS,
  LOCAL_SANDBOX_PORTS,
  LOCAL_SANDBOX_URLS,
  localDevEnvironment,
} from './local-dev-settings';
import { ProcessSpec } from './process-group';

const REGISTER = './tools/register.js';

/** Every app `npm start` runs, in start order. */
export function localApps(root: string): ProcessSpec[] {
  const env = localDevEnvironment();
  return [
    {
      name: 'sandbox-networks',
      color: 'gray',
      command: process.execPath,
      args: ['-r', REGISTER, 'apps/sandbox-networks/src/main.ts'],
      env: {
        ...env,
        ...sandboxEnvironment(LOCAL_SANDBOX_PORTS),
        HTTP_PORT: String(LOCAL_SANDBOX_PORTS.control),
      },
      readyUrl: `${LOCAL_SANDBOX_URLS.control}/health/ready`,
    },
    {
      name: 'clients',
      color: 'magenta',
      command: process.execPath,
      args: ['-r', REGISTER, 'apps/clients/src/main.ts'],
      env: {
        ...env,
        ...clientsNetworkEnvironment(LOCAL_SANDBOX_URLS),
        HTTP_PORT: String(LOCAL_DEV_PORTS.clients),
      },
      readyUrl: `http://127.0.0.1:${LOCAL_DEV_PORTS.clients}/health/ready`,
    },
    {
      name: 'content',
      color: 'yellow',
      command: process.execPath,
      args: ['-r', REGISTER, 'apps/content/src/main.ts'],
      env: { ...env, HTTP_PORT: String(LOCAL_DEV_PORTS.content), PUBLIC_URL: LOCAL_DEV_URLS.content },
      readyUrl: `${LOCAL_DEV_URLS.content}/health/ready`,
    },
    {
      name: 'publishing',
      color: 'blue',
      command: process.execPath,
      args: ['-r', REGISTER, 'apps/publishing/src/main.ts'],
      env: {
        ...env,
        ...publishingNetworkEnvironment(LOCAL_SANDBOX_URLS),
        HTTP_PORT: String(LOCAL_DEV_PORTS.publishing),
      },
      readyUrl: `http://127.0.0.1:${LOCAL_DEV_PORTS.publishing}/health/ready`,
    },
    {
      name: 'listening',
      color: 'white',
      command: process.execPath,
      args: ['-r', REGISTER, 'apps/listening/src/main.ts'],
      env: { ...env, HTTP_PORT: String(LOCAL_DEV_PORTS.listening) },
      readyUrl: `http://127.0.0.1:${LOCAL_DEV_PORTS.listening}/health/ready`,
    },
    {
      name: 'gateway',
      color: 'cyan',
      command: process.execPath,
      args: ['-r', REGISTER, 'apps/gateway/src/main.ts'],
      env: { ...env, HTTP_PORT: String(LOCAL_DEV_PORTS.gateway) },
      readyUrl: `${LOCAL_DEV_URLS.gateway}/health/ready`,
    },
    {
      name: 'console',
      color: 'green',
      command: process.execPath,
      args: [
        join(root, 'node_modules/vite/bin/vite.js'),
        'preview',
        '-c',
        'apps/console/vite.config.ts',
        '--port',
        String(LOCAL_DEV_PORTS.console),
        '--strictPort',
      ],
      env: { ...env, RELAIS_GATEWAY_URL: LOCAL_DEV_URLS.gateway },
      readyUrl: `${LOCAL_DEV_URLS.console}/`,
    },
  ];
}
