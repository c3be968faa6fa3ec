/**
 * @relais/server-nats: request/reply between services over NATS with the `@nestjs/microservices`
 * wire format (`{ pattern, data: { envelope, data }, id }`, replies `{ response } | { err }`).
 *
 * A service's handlers:
 * ```ts
 * @MessagePattern(ClientsSubjects.brand.get)
 * get(@Env() envelope: Envelope, @Data(GetBrandPayload) payload: GetBrandPayload) { ... }
 * ```
 * wired by `bootstrapService` (@relais/server-service) with
 * `connectNatsMicroservice(app, { url, service, subjectPrefix, exposeInternals })`.
 * A caller: `NatsModule.forRoot(...)` then `natsRequester.request<BrandView>(subject, envelope, data)`.
 */
export * from './nats.options';
export * from './wire';
export * from './relais-nats.server';
export * from './nats.transport';
export * from './nats.connection';
export * from './nats.requester';
export * from './nats.module';
export * from './rpc-payload';
export * from './rpc-params.decorator';
export * from './rpc-metrics';
export * from './rpc-error.filter';
export * from './rpc-context.interceptor';
export * from './rpc-defaults';
