import { bootstrapService } from '@relais/server-service';
import { AppModule, SERVICE } from './app.module';
import { loadSandboxConfig } from './config';

bootstrapService({
  name: SERVICE,
  config: loadSandboxConfig,
  module: (config) => AppModule.forRoot(config),
  nats: false,
  host: (config) => config.LISTEN_HOST,
  serves: 'the control API and health',
});
