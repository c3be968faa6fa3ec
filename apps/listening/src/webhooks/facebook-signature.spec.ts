import { createHmac } from 'node:crypto';
import { validSignature } from './facebook-signature';

const body = Buffer.from('{"object":"page","entry":[]}');
const sign = (bytes: Buffer, secret = 'app-secret') =>
  `sha256=${createHmac('sha256', secret).update(bytes).digest('hex')}`;

describe('validSignature', () => {
  it('accepts the HMAC-SHA256 of the exact bytes with the app secret', () => {
    expect(validSignature(body, sign(body), 'app-secret')).toBe(true);
    expect(validSignature(body, sign(body).toUpperCase().replace('SHA256', 'sha256'), 'app-secret')).toBe(
      true,
    );
  });

  it('refuses another secret, other bytes, a missing, malformed or SHA-1 header', () => {
    expect(validSignature(body, sign(body, 'other'), 'app-secret')).toBe(false);
    expect(validSignature(Buffer.from(`${body.toString()} `), sign(body), 'app-secret')).toBe(false);
    expect(validSignature(body, undefined, 'app-secret')).toBe(false);
    expect(validSignature(body, 'sha256=zz', 'app-secret')).toBe(false);
    expect(
      validSignature(
        body,
        `sha1=${createHmac('sha1', 'app-secret').update(body).digest('hex')}`,
        'app-secret',
      ),
    ).toBe(false);
  });
});
