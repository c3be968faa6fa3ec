import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AccountCredentialsPayload } from './clients/account.payload';
import { CreateBrandPayload } from './clients/brand.payload';
import { isIanaTimezone } from './validation';

function brand(overrides: Record<string, unknown> = {}): CreateBrandPayload {
  return plainToInstance(CreateBrandPayload, {
    name: 'Maison Verdure',
    timezone: 'Europe/Paris',
    defaultLanguage: 'fr',
    targetMarkets: ['FR', 'BE'],
    guidelines: { toneNotes: 'Chaleureux', requiredHashtags: ['verdure'], bannedWords: ['promo'] },
    ...overrides,
  });
}

function failingFields(payload: object): string[] {
  return validateSync(payload, { whitelist: true, forbidNonWhitelisted: true }).map((e) => e.property);
}

describe('isIanaTimezone', () => {
  it.each(['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'UTC', 'America/Argentina/Buenos_Aires'])(
    'accepts %s',
    (zone) => expect(isIanaTimezone(zone)).toBe(true),
  );

  it.each(['Europe/Pariss', 'Mars/Olympus', '', 'GMT+2 ', 'europe paris', 42, null])('rejects %p', (zone) =>
    expect(isIanaTimezone(zone)).toBe(false),
  );
});

describe('CreateBrandPayload', () => {
  it('accepts a complete brand', () => {
    expect(failingFields(brand())).toEqual([]);
  });

  it('names the timezone when it is not an IANA zone', () => {
    expect(failingFields(brand({ timezone: 'Paris' }))).toEqual(['timezone']);
  });

  it('rejects an empty or overlong name', () => {
    expect(failingFields(brand({ name: '' }))).toEqual(['name']);
    expect(failingFields(brand({ name: 'x'.repeat(121) }))).toEqual(['name']);
  });

  it('rejects an unknown language and a market that is not a country code', () => {
    expect(failingFields(brand({ defaultLanguage: 'de', targetMarkets: ['France'] })).sort()).toEqual([
      'defaultLanguage',
      'targetMarkets',
    ]);
  });

  it('checks nested guidelines', () => {
    const errors = validateSync(
      brand({ guidelines: { toneNotes: '', requiredHashtags: ['#with hash'], bannedWords: [] } }),
    );
    expect(errors.map((e) => e.property)).toEqual(['guidelines']);
    expect(errors[0].children?.map((c) => c.property)).toEqual(['requiredHashtags']);
  });

  it('rejects a slug with capitals or spaces', () => {
    expect(failingFields(brand({ slug: 'Maison Verdure' }))).toEqual(['slug']);
  });
});

describe('date-times in payloads', () => {
  it('refuses a credential expiry on a day that does not exist', () => {
    const credentials = (expiresAt: string) =>
      plainToInstance(AccountCredentialsPayload, { accessToken: 'token', expiresAt });
    expect(failingFields(credentials('2027-02-28T09:00:00Z'))).toEqual([]);
    expect(failingFields(credentials('2027-02-30T09:00:00Z'))).toEqual(['expiresAt']);
  });
});
