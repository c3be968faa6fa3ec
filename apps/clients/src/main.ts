import { bootstrapService } from '@relais/server-service';
import { AppModule, SERVICE } from './app.module';
import { loadClientsConfig } from './config';

bootstrapService({ name: SERVICE, config: loadClientsConfig, module: (config) => AppModule.forRoot(config) });
