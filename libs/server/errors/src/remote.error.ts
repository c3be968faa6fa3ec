import { ErrorBody } from '@relais/contracts';

/** Thrown by a NATS caller when the service it asked answered with an error (or did not answer). */
export class RemoteError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'RemoteError';
  }

  get code(): ErrorBody['code'] {
    return this.body.code;
  }
}
