import { Type } from '@nestjs/common';
import { Envelope, ErrorCode, FieldError, unsafeTextFields } from '@relais/contracts';
import { DomainException, validationErrorsToFields } from '@relais/server-errors';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

/** What every handler receives: `{ envelope, data }`. */
export interface RequestBody {
  envelope?: unknown;
  data?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const envelopes = new WeakMap<object, Envelope>();

/** The message's envelope, validated (BAD_USER_INPUT naming `envelope.<field>` when wrong). */
export function parseEnvelope(body: unknown): Envelope {
  if (isObject(body)) {
    const known = envelopes.get(body);
    if (known) return known;
  }
  const raw = isObject(body) ? body.envelope : undefined;
  if (!isObject(raw)) {
    throw new DomainException(ErrorCode.BadUserInput, 'The request has no envelope', {
      fields: [{ field: 'envelope', message: 'envelope is required' }],
    });
  }
  const envelope = plainToInstance(Envelope, raw, { enableImplicitConversion: false });
  const errors = validateSync(envelope, { whitelist: true });
  if (errors.length > 0) {
    throw new DomainException(ErrorCode.BadUserInput, 'Invalid envelope', {
      fields: validationErrorsToFields(errors, 'envelope'),
    });
  }
  envelope.agencyId ??= null;
  envelope.userId ??= null;
  envelope.role ??= null;
  envelope.brandIds ??= null;
  if (isObject(body)) envelopes.set(body, envelope);
  return envelope;
}

/**
 * The message's payload as an instance of `payloadClass`, validated with the contract's rules
 * (unknown properties rejected). Without a class, the raw payload. Either way, every string in it, at
 * any depth, must be text Postgres can store as sent (no NUL, no lone surrogate).
 */
export function parsePayload<T extends object>(body: unknown, payloadClass?: Type<T>): unknown {
  const raw = isObject(body) ? body.data : undefined;
  // First and alone: the other rules are not written for broken text (validator's isEmail throws on it).
  const unsafe = unsafeTextFields(raw);
  if (unsafe.length > 0) throw invalidInput(unsafe);
  if (!payloadClass) return raw;
  if (!isObject(raw)) {
    throw new DomainException(ErrorCode.BadUserInput, 'Invalid input: the payload must be an object');
  }
  const payload = plainToInstance(payloadClass, raw, { enableImplicitConversion: false });
  const errors = validateSync(payload, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw invalidInput(validationErrorsToFields(errors));
  return payload;
}

function invalidInput(fields: FieldError[]): DomainException {
  return new DomainException(ErrorCode.BadUserInput, 'Invalid input', { fields });
}
