import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'relais:public';
export const SESSION_OPTIONAL = 'relais:session-optional';

/** The operation needs no access token (sign-up, sign-in, refresh, sign-out, invitations). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/**
 * The operation is authorised either by the caller's session or by a token it carries (a brand's
 * connect link): an access token, when sent, is checked as for any operation and becomes the actor;
 * without one the operation runs with nobody, and the service decides from the token alone.
 */
export const SessionOptional = (): MethodDecorator & ClassDecorator => SetMetadata(SESSION_OPTIONAL, true);
