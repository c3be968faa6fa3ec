import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'relais:public';

/** The operation needs no access token (sign-up, sign-in, refresh, sign-out, invitations). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
