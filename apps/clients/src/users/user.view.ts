import { UserView } from '@relais/contracts';
import { UserEntity } from './user.entity';

export function toUserView(user: UserEntity): UserView {
  return { id: user.id, email: user.email, name: user.name, locale: user.locale };
}

/** E-mails are stored and compared in lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
