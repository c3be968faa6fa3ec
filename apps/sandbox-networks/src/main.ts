import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from '@relais/server-logging';
import { AppModule } from './app.module';
import { loadSandboxConfig } from './config';

async function bootstrap(): Promise<void> {
  const config = loadSandboxConfig();
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.listen(config.HTTP_PORT, config.LISTEN_HOST);
  app.get(Logger).log(`sandbox-networks control API and health on :${config.HTTP_PORT}`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `sandbox-networks failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
