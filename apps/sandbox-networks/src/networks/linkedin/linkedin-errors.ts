import { NetworkResponse } from '../../core/http-router';

/** LinkedIn REST errors: `{status, serviceErrorCode?, code?, message}`. */
export function linkedinError(
  status: number,
  message: string,
  code?: string,
  serviceErrorCode?: number,
): NetworkResponse {
  return {
    status,
    body: { status, ...(serviceErrorCode ? { serviceErrorCode } : {}), ...(code ? { code } : {}), message },
  };
}

/** LinkedIn's OAuth errors: `{error, error_description}`. */
export function oauthError(error: string, description: string, status = 400): NetworkResponse {
  return { status, body: { error, error_description: description } };
}

export const linkedinErrors = {
  versionMissing: () =>
    linkedinError(
      400,
      'A version must be present. Please specify a version by adding the LinkedIn-Version header.',
      'VERSION_MISSING',
    ),
  versionInvalid: (version: string) =>
    linkedinError(400, `Requested version ${version} is not active`, 'NONEXISTENT_VERSION'),
  protocolMissing: () =>
    linkedinError(
      400,
      'This endpoint requires the header X-Restli-Protocol-Version: 2.0.0',
      'ILLEGAL_ARGUMENT',
    ),
  missingToken: () => linkedinError(401, 'Empty oauth2 access token', 'EMPTY_ACCESS_TOKEN', 65604),
  invalidToken: () => linkedinError(401, 'Invalid access token', 'INVALID_ACCESS_TOKEN', 65600),
  expiredToken: () =>
    linkedinError(401, 'The token used in the request has expired', 'EXPIRED_ACCESS_TOKEN', 65601),
  notAllowed: (action: string) =>
    linkedinError(
      403,
      `Not enough permissions to access: partnerApiPostsExternal.${action}.20251001`,
      'ACCESS_DENIED',
      100,
    ),
  invalid: (field: string, message: string) =>
    ({
      status: 422,
      body: {
        status: 422,
        code: 'UNPROCESSABLE_ENTITY',
        message: `${field} :: ${message}`,
        errorDetailType: 'com.linkedin.common.error.BadRequest',
        errorDetails: {
          inputErrors: [
            { description: message, input: { inputPath: { fieldPath: field } }, code: 'INVALID_VALUE' },
          ],
        },
      },
    }) satisfies NetworkResponse,
  duplicate: (urn: string) => linkedinError(422, `Content is a duplicate of ${urn}`, 'DUPLICATE_POST'),
  badQuery: (message: string) => linkedinError(400, message, 'ILLEGAL_ARGUMENT'),
  notFound: () => linkedinError(404, 'Not Found', 'NOT_FOUND'),
  /** Daily throttle: LinkedIn sends no reset header. */
  throttled: (status = 429) =>
    linkedinError(
      status,
      'Resource level throttle APPLICATION DAY limit for calls to this resource is reached.',
      'TOO_MANY_REQUESTS',
      101,
    ),
  failure: (status: number) =>
    linkedinError(
      status,
      status === 503 ? 'Service Unavailable' : 'Internal Server Error',
      status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR',
    ),
  refreshRefused: () =>
    oauthError(
      'invalid_grant',
      'The provided authorization grant or refresh token is invalid, expired or revoked.',
    ),
};
