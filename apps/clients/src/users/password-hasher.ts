import { Injectable } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private nobodyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the same time as checking a real password and answers false: used when the e-mail is
   * unknown, so that the answer time does not tell whether an account exists.
   */
  async verifyNobody(password: string): Promise<false> {
    this.nobodyHash ??= this.hash('relais-nobody-has-this-password');
    await this.verify(await this.nobodyHash, password);
    return false;
  }
}
