/** Keys whose values never reach a log line, at any depth up to four levels. */
export const SECRET_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'accessToken',
  'refreshToken',
  'token',
  'credentials',
  'secret',
  'apiKey',
] as const;

const DEPTHS = ['', '*.', '*.*.', '*.*.*.'];

export const REDACT_PATHS: string[] = [
  ...SECRET_KEYS.flatMap((key) => DEPTHS.map((prefix) => `${prefix}${key}`)),
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
];

export const REDACTED = '[redacted]';
