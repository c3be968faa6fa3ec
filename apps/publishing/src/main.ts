import { bootstrapService } from '@relais/server-service';
import { AppModule, SERVICE } from './app.module';
import { loadPublishingConfig } from './config';

bootstrapService({
  name: SERVICE,
  config: loadPublishingConfig,
  module: (config) => AppModule.forRoot(config),
});
