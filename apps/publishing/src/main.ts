import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from '@relais/server-logging';
import { connectNatsMicroservice } from '@relais/server-nats';
import { AppModule, SERVICE } from './app.module';
import { loadPublishingConfig } from './config';

async function bootstrap(): Promise<void> {
  const config = loadPublishingConfig();
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  connectNatsMicroservice(app, {
    url: config.NATS_URL,
    service: SERVICE,
    subjectPrefix: config.NATS_SUBJECT_PREFIX,
    exposeInternals: config.NODE_ENV !== 'production',
  });
  await app.listen(config.HTTP_PORT);
  await app.startAllMicroservices();
  app.get(Logger).log(`publishing listening on NATS and on :${config.HTTP_PORT} for health and metrics`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `publishing failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
