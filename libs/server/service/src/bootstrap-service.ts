import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { BaseConfig, NatsConfig } from '@relais/server-config';
import { Logger } from '@relais/server-logging';
import { connectNatsMicroservice } from '@relais/server-nats';

export interface BootstrapServiceOptions<C extends BaseConfig> {
  /** The service name: NATS queue group, and the start and failure messages. */
  name: string;
  /** Loads and validates the configuration from the environment (refuses to start naming every bad variable). */
  config: () => C;
  /** The root module built from the configuration (`AppModule.forRoot(config)`). */
  module?: (config: C) => DynamicModule;
  /** Instead of `module`: an application that sets up its own HTTP layer (body parser, CORS), not listening yet. */
  app?: (config: C) => Promise<INestApplication>;
  /** Whether the service answers NATS requests (default true; its configuration then holds `natsEnv`). */
  nats?: boolean;
  /** The interface HTTP listens on (default: every interface). */
  host?: (config: C) => string;
  /** What HTTP_PORT serves, for the start message (default: health and metrics). */
  serves?: string;
}

function natsConfigOf(name: string, config: BaseConfig): NatsConfig {
  const candidate = config as Partial<NatsConfig>;
  if (typeof candidate.NATS_URL !== 'string') {
    throw new Error(`${name} answers NATS requests but its configuration has no NATS_URL (add ...natsEnv)`);
  }
  return candidate as NatsConfig;
}

async function start<C extends BaseConfig>(options: BootstrapServiceOptions<C>): Promise<void> {
  const config = options.config();
  let app: INestApplication;
  if (options.app) app = await options.app(config);
  else if (options.module)
    app = await NestFactory.create(options.module(config), {
      bufferLogs: true,
      // Kept beside the parsed JSON for what must check a signature over the bytes (webhooks).
      rawBody: true,
    });
  else throw new Error(`${options.name} has neither a module nor an app to start`);
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const nats = options.nats !== false;
  if (nats) {
    const natsConfig = natsConfigOf(options.name, config);
    connectNatsMicroservice(app, {
      url: natsConfig.NATS_URL,
      service: options.name,
      subjectPrefix: natsConfig.NATS_SUBJECT_PREFIX,
      exposeInternals: config.NODE_ENV !== 'production',
    });
  }
  const host = options.host?.(config);
  if (host === undefined) await app.listen(config.HTTP_PORT);
  else await app.listen(config.HTTP_PORT, host);
  // After listen, so that health answers while NATS is awaited.
  if (nats) await app.startAllMicroservices();
  app
    .get(Logger)
    .log(
      `${options.name} listening ${nats ? 'on NATS and ' : ''}on :${config.HTTP_PORT} for ${options.serves ?? 'health and metrics'}`,
    );
}

/**
 * Starts a service: loads its configuration, creates the Nest app with the JSON logger and shutdown
 * hooks, connects its NATS handlers (queue group = name, error filter, context interceptor), listens
 * on `HTTP_PORT`, then starts answering NATS. A failure to start is printed and exits with status 1.
 *
 * ```ts
 * bootstrapService({ name: SERVICE, config: loadClientsConfig, module: (config) => AppModule.forRoot(config) });
 * ```
 */
export function bootstrapService<C extends BaseConfig>(options: BootstrapServiceOptions<C>): void {
  start(options).catch((error: unknown) => {
    process.stderr.write(
      `${options.name} failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
