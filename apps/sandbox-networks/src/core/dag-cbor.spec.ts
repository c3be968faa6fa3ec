import { cidForCbor } from '@atproto/lex-data';
import { encodeDagCbor } from './dag-cbor';

const hex = (value: unknown) => Buffer.from(encodeDagCbor(value)).toString('hex');

describe('encodeDagCbor', () => {
  it('encodes scalars in their shortest form', () => {
    expect(hex(0)).toBe('00');
    expect(hex(23)).toBe('17');
    expect(hex(24)).toBe('1818');
    expect(hex(1000)).toBe('1903e8');
    expect(hex(-1)).toBe('20');
    expect(hex(true)).toBe('f5');
    expect(hex(null)).toBe('f6');
    expect(hex('a')).toBe('6161');
  });

  it('sorts map keys by length, then bytes, and leaves out undefined', () => {
    expect(hex({ bb: 1, a: [true, null], c: undefined })).toBe('a2616182f5f6626262' + '01');
  });

  it('refuses floats rather than hashing a record no PDS would produce', () => {
    expect(() => encodeDagCbor({ x: 1.5 })).toThrow(/whole numbers/);
  });

  it('gives the same CID to the same record whatever the key order', async () => {
    const a = await cidForCbor(encodeDagCbor({ $type: 'app.bsky.feed.post', text: 'hi', createdAt: 'x' }));
    const b = await cidForCbor(encodeDagCbor({ createdAt: 'x', text: 'hi', $type: 'app.bsky.feed.post' }));
    expect(a.toString()).toBe(b.toString());
    expect(a.toString()).toMatch(/^bafyrei[a-z2-7]{52}$/);
  });
});
