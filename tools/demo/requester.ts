import { connect, NatsConnection } from 'nats';
import { Envelope } from '@relais/contracts';
import { encodeRequest, readReply } from '@relais/server-nats';

/** Sends one request to a service over NATS and answers its reply (or throws the service's error). */
export type Requester = <T>(subject: string, envelope: Envelope, data: unknown) => Promise<T>;

const REQUEST_TIMEOUT_MS = 30_000;

/** A NATS connection for the seed, speaking the services' wire format, under their subject prefix. */
export async function connectRequester(
  natsUrl: string,
  subjectPrefix = '',
): Promise<{ request: Requester; close: () => Promise<void> }> {
  const nats: NatsConnection = await connect({ servers: natsUrl, name: 'relais-demo-seed' });
  const request: Requester = async <T>(subject: string, envelope: Envelope, data: unknown) => {
    const reply = await nats.request(`${subjectPrefix}${subject}`, encodeRequest(subject, envelope, data), {
      timeout: REQUEST_TIMEOUT_MS,
    });
    return readReply<T>(reply.data);
  };
  return { request, close: () => nats.drain() };
}
