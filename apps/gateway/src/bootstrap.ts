import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { CORRELATION_HEADER, Logger } from '@relais/server-logging';
import { AppModule } from './app.module';
import { GatewayConfig, trustProxySetting } from './config';
import { bodyErrorsMiddleware } from './http/body-errors.middleware';

/** The gateway application, configured but not listening (main.ts and tests listen). */
export async function createGateway(config: GatewayConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.disable('x-powered-by');
  app.enableCors({
    origin: config.CORS_ORIGINS,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', CORRELATION_HEADER, 'apollo-require-preflight'],
    exposedHeaders: [CORRELATION_HEADER],
    maxAge: 600,
  });
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.use(bodyErrorsMiddleware(config.BODY_LIMIT));
  app.enableShutdownHooks();
  return app;
}
