import { createHash, randomBytes } from 'node:crypto';

/** A PKCE verifier and its S256 challenge (RFC 7636). */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface AuthorizationAnswer {
  status: number;
  /** The redirect, if the emulator answered one. */
  location: URL | null;
  html: string;
}

async function answer(response: Response): Promise<AuthorizationAnswer> {
  const location = response.headers.get('location');
  return {
    status: response.status,
    location: location ? new URL(location) : null,
    html: await response.text(),
  };
}

/** `GET` of an authorization endpoint, redirects not followed. */
export async function showConsent(
  url: string,
  parameters: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<AuthorizationAnswer> {
  return answer(
    await fetch(`${url}?${new URLSearchParams(parameters).toString()}`, { headers, redirect: 'manual' }),
  );
}

/** Posts the consent form as the page's buttons do: every parameter, `login` and `decision`. */
export async function submitConsent(
  url: string,
  parameters: Record<string, string>,
  login: string,
  decision: 'allow' | 'deny' = 'allow',
): Promise<AuthorizationAnswer> {
  return answer(
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...parameters, login, decision }),
      redirect: 'manual',
    }),
  );
}

/** The code of an allowed consent (fails the test otherwise). */
export async function consentCode(
  url: string,
  parameters: Record<string, string>,
  login: string,
): Promise<string> {
  const allowed = await submitConsent(url, parameters, login);
  if (allowed.status !== 302 || !allowed.location?.searchParams.get('code')) {
    throw new Error(
      `The consent gave no code: ${allowed.status} ${allowed.location?.toString() ?? allowed.html}`,
    );
  }
  return allowed.location.searchParams.get('code') ?? '';
}

/** A form-encoded POST, its JSON answer. */
export async function postForm(
  url: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
