import { bootstrapService } from '@relais/server-service';
import { AppModule, SERVICE } from './app.module';
import { loadListeningConfig } from './config';

bootstrapService({
  name: SERVICE,
  config: loadListeningConfig,
  module: (config) => AppModule.forRoot(config),
});
