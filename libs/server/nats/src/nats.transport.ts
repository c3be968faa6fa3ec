import { CustomStrategy } from '@nestjs/microservices';
import { NatsTransportOptions } from './nats.options';
import { RelaisNatsServer } from './relais-nats.server';

/** For `app.connectMicroservice(natsTransport({ url, service, subjectPrefix }))`. */
export function natsTransport(options: NatsTransportOptions): CustomStrategy {
  return { strategy: new RelaisNatsServer(options) };
}
