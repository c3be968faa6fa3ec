import { bootstrapService } from '@relais/server-service';
import { AppModule, SERVICE } from './app.module';
import { loadContentConfig } from './config';

bootstrapService({ name: SERVICE, config: loadContentConfig, module: (config) => AppModule.forRoot(config) });
