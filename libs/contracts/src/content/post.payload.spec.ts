import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreatePostPayload, UpdatePostPayload } from './post.payload';

const BRAND = '5f1c1d7e-8a4e-4f8e-9c3a-2b1d0c9e8f7a';
const ACCOUNT = '0b6f3a52-3c1e-4d7b-8e6f-1a2b3c4d5e6f';
const POST = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

function problems(payload: object): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const error of validateSync(payload, { whitelist: true, forbidNonWhitelisted: true })) {
    found[error.property] = Object.keys(error.constraints ?? {});
    for (const child of error.children ?? []) {
      for (const grandChild of child.children ?? []) {
        found[`${error.property}.${child.property}.${grandChild.property}`] = Object.keys(
          grandChild.constraints ?? {},
        );
      }
    }
  }
  return found;
}

function create(overrides: Record<string, unknown> = {}): CreatePostPayload {
  return plainToInstance(CreatePostPayload, {
    brandId: BRAND,
    baseText: 'Bonjour',
    accountIds: [ACCOUNT],
    ...overrides,
  });
}

function update(overrides: Record<string, unknown> = {}): UpdatePostPayload {
  return plainToInstance(UpdatePostPayload, { id: POST, version: 1, ...overrides });
}

describe('CreatePostPayload', () => {
  it('accepts a post with its brand, text and accounts', () => {
    expect(problems(create())).toEqual({});
  });

  it('requires the brand, the base text and at least one account', () => {
    const payload = plainToInstance(CreatePostPayload, { accountIds: [] });
    expect(problems(payload)).toEqual({
      brandId: ['isUuid'],
      baseText: ['maxLength', 'isString'],
      accountIds: ['arrayMinSize'],
    });
  });

  it('checks the fields it shares with an update, nested variants included', () => {
    const payload = create({
      title: 'a'.repeat(201),
      accountIds: [ACCOUNT, ACCOUNT],
      variants: [{ network: 'myspace', text: 3 }],
      scheduledAt: '2025-02-30T10:00:00Z',
      idempotencyKey: 'short',
    });
    expect(problems(payload)).toEqual({
      title: ['maxLength'],
      accountIds: ['arrayUnique'],
      variants: [],
      'variants.0.network': ['isEnum'],
      'variants.0.text': ['maxLength', 'isString'],
      scheduledAt: ['isIso8601'],
      idempotencyKey: ['isLength'],
    });
  });
});

describe('UpdatePostPayload', () => {
  it('accepts a change of nothing but the version it was made on', () => {
    expect(problems(update())).toEqual({});
  });

  it('lets null clear the link, the campaign and the slot', () => {
    expect(problems(update({ linkUrl: null, campaignId: null, scheduledAt: null }))).toEqual({});
  });

  it('requires the post and a positive version', () => {
    expect(problems(plainToInstance(UpdatePostPayload, { version: 0 }))).toEqual({
      id: ['isUuid'],
      version: ['min'],
    });
  });

  it('checks the fields it shares with a create the same way', () => {
    const payload = update({
      title: 'a'.repeat(201),
      accountIds: [],
      variants: [{ network: 'myspace', text: 3 }],
      scheduledAt: '2025-02-30T10:00:00Z',
    });
    expect(problems(payload)).toEqual({
      title: ['maxLength'],
      accountIds: ['arrayMinSize'],
      variants: [],
      'variants.0.network': ['isEnum'],
      'variants.0.text': ['maxLength', 'isString'],
      scheduledAt: ['isIso8601'],
    });
  });

  it('refuses the brand and the idempotency key, which only a create takes', () => {
    expect(problems(update({ brandId: BRAND, idempotencyKey: 'abcdefghij' }))).toEqual({
      brandId: ['whitelistValidation'],
      idempotencyKey: ['whitelistValidation'],
    });
  });
});
