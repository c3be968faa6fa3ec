import { Inject, Injectable } from '@nestjs/common';
import { Envelope } from '@relais/contracts';
import { ErrorCode as NatsErrorCode, NatsError } from 'nats';
import { NatsConnection } from './nats.connection';
import { DEFAULT_REQUEST_TIMEOUT_MS, NATS_MODULE_OPTIONS, NatsModuleOptions } from './nats.options';
import { encodeRequest, readReply, serviceOf, tooSlow, unavailable } from './wire';

/**
 * Asks another service over NATS with the Nest wire format, so a `@MessagePattern(subject)` handler
 * answers. Never hangs: a service with no responder fails at once, a slow one after the timeout,
 * both as SERVICE_UNAVAILABLE; an error answer is thrown as `RemoteError` with the callee's body.
 */
@Injectable()
export class NatsRequester {
  constructor(
    private readonly nats: NatsConnection,
    @Inject(NATS_MODULE_OPTIONS) private readonly options: NatsModuleOptions,
  ) {}

  async request<TReply>(
    subject: string,
    envelope: Envelope,
    data: unknown,
    options: { timeoutMs?: number } = {},
  ): Promise<TReply> {
    const service = serviceOf(subject);
    if (!this.nats.isConnected()) throw unavailable(service);
    const timeout = options.timeoutMs ?? this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const payload = encodeRequest(subject, envelope, data);
    let reply;
    try {
      reply = await this.nats.connection.request(`${this.options.subjectPrefix ?? ''}${subject}`, payload, {
        timeout,
      });
    } catch (error) {
      if (error instanceof NatsError && error.code === String(NatsErrorCode.Timeout)) throw tooSlow(service);
      throw unavailable(service);
    }
    return readReply<TReply>(reply.data);
  }
}
