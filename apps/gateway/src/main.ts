import { bootstrapService } from '@relais/server-service';
import { createGateway } from './bootstrap';
import { loadGatewayConfig } from './config';

bootstrapService({
  name: 'gateway',
  config: loadGatewayConfig,
  app: createGateway,
  nats: false,
  serves: 'GraphQL, health and metrics',
});
