import { EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

/** A user's id and password hash, found by e-mail before any tenant is known. */
export interface SignInCandidate {
  id: string;
  password_hash: string;
}

export function findUser(manager: EntityManager, id: string): Promise<UserEntity | null> {
  return manager.findOneBy(UserEntity, { id });
}

export function findUserOrFail(manager: EntityManager, id: string): Promise<UserEntity> {
  return manager.findOneByOrFail(UserEntity, { id });
}

/** The user's name, or null (no user, or one the transaction may not see). */
export async function userNameOf(manager: EntityManager, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await manager.query<{ name: string }[]>(`SELECT name FROM clients.users WHERE id = $1`, [id]);
  return row?.name ?? null;
}

export async function insertUser(manager: EntityManager, user: Omit<UserEntity, 'createdAt'>): Promise<void> {
  await manager.insert(UserEntity, user);
}

export async function updateUser(
  manager: EntityManager,
  id: string,
  changes: Partial<UserEntity>,
): Promise<void> {
  await manager.update(UserEntity, { id }, changes);
}

/**
 * The account an e-mail signs in to (`clients.find_user_for_sign_in`, the one way to find a user by
 * e-mail), or null. Runs in a system transaction.
 */
export async function findSignInCandidate(
  manager: EntityManager,
  email: string,
): Promise<SignInCandidate | null> {
  const rows = await manager.query<SignInCandidate[]>(
    `SELECT id, password_hash FROM clients.find_user_for_sign_in($1)`,
    [email],
  );
  return rows[0] ?? null;
}
