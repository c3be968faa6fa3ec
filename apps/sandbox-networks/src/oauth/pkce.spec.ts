import { isCodeVerifier, s256Challenge, verifierMatches } from './pkce';

describe('PKCE S256', () => {
  it('computes the challenge of RFC 7636 appendix B', () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    expect(s256Challenge(verifier)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    expect(verifierMatches('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', verifier)).toBe(true);
  });

  it('refuses a verifier that does not hash to the challenge or is not 43 to 128 allowed characters', () => {
    const challenge = s256Challenge('a'.repeat(43));
    expect(verifierMatches(challenge, 'b'.repeat(43))).toBe(false);
    expect(isCodeVerifier('a'.repeat(42))).toBe(false);
    expect(isCodeVerifier('a'.repeat(129))).toBe(false);
    expect(isCodeVerifier(`${'a'.repeat(42)} `)).toBe(false);
    expect(verifierMatches(s256Challenge('short'), 'short')).toBe(false);
  });
});
