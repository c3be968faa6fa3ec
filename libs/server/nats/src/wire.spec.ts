import { ErrorCode } from '@relais/contracts';
import { RemoteError } from '@relais/server-errors';
import { encodeReply, encodeRequest, readReply, serviceOf, tooSlow, unavailable } from './wire';

function thrown(fn: () => unknown): RemoteError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RemoteError) return error;
    throw error;
  }
  throw new Error('expected a RemoteError');
}

describe('NATS wire format', () => {
  it('encodes a request the way Nest clients do', () => {
    const envelope = { agencyId: null, userId: null, role: null, brandIds: null, correlationId: 'c1' };
    const packet = JSON.parse(
      new TextDecoder().decode(encodeRequest('clients.brand.get', envelope, { id: 'b1' })),
    );
    expect(packet).toEqual({
      pattern: 'clients.brand.get',
      data: { envelope, data: { id: 'b1' } },
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('returns the response of a successful reply', () => {
    expect(readReply(encodeReply({ id: '1', response: { name: 'Maison' }, isDisposed: true }))).toEqual({
      name: 'Maison',
    });
    expect(readReply(encodeReply({ id: '1', isDisposed: true }))).toBeUndefined();
  });

  it('throws the error body the service answered', () => {
    const body = { code: ErrorCode.NotFound, message: 'Brand not found' };
    expect(thrown(() => readReply(encodeReply({ err: body, isDisposed: true }))).body).toEqual(body);
  });

  it('turns anything else into an internal error', () => {
    const noHandler = encodeReply({
      err: 'There is no matching message handler defined in the remote service.',
    });
    expect(thrown(() => readReply(noHandler)).body).toEqual({
      code: ErrorCode.Internal,
      message: 'Internal server error',
    });
    expect(thrown(() => readReply(new TextEncoder().encode('not json'))).body.code).toBe(ErrorCode.Internal);
    expect(thrown(() => readReply(new TextEncoder().encode('null'))).body.code).toBe(ErrorCode.Internal);
  });

  it('names the service in availability errors', () => {
    expect(serviceOf('clients.brand.get')).toBe('clients');
    expect(unavailable('clients').body).toEqual({
      code: ErrorCode.ServiceUnavailable,
      message: 'The clients service is unavailable, try again in a moment',
    });
    expect(tooSlow('billing').body.message).toBe(
      'The billing service did not answer in time, try again in a moment',
    );
  });
});
