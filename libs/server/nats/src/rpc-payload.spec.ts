import { ErrorCode, Role } from '@relais/contracts';
import { DomainException } from '@relais/server-errors';
import { Type } from 'class-transformer';
import { IsArray, IsEmail, IsInt, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { parseEnvelope, parsePayload } from './rpc-payload';

class Guidelines {
  @IsString()
  toneNotes!: string;
}

class CreateThing {
  @IsString()
  @Length(1, 10)
  name!: string;

  @IsOptional()
  @IsInt()
  count?: number;

  @ValidateNested()
  @Type(() => Guidelines)
  guidelines!: Guidelines;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  tags?: string[];

  @IsOptional()
  @IsEmail()
  contact?: string;
}

const agencyId = '7d0f4a43-2f4c-4a57-9a0e-6a1f0f0a7c11';

function failure(fn: () => unknown): DomainException {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainException) return error;
    throw error;
  }
  throw new Error('expected a DomainException');
}

describe('parseEnvelope', () => {
  it('returns a complete envelope, missing optional parts as null', () => {
    const envelope = parseEnvelope({
      envelope: { agencyId, role: Role.Owner, correlationId: 'c1' },
      data: {},
    });
    expect(envelope).toEqual({
      agencyId,
      userId: null,
      role: Role.Owner,
      brandIds: null,
      correlationId: 'c1',
    });
  });

  it('rejects a missing or malformed envelope with its fields', () => {
    expect(failure(() => parseEnvelope({ data: {} })).fields).toEqual([
      { field: 'envelope', message: 'envelope is required' },
    ]);
    const error = failure(() => parseEnvelope({ envelope: { agencyId: 'nope', role: 'god' } }));
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields?.map((f) => f.field)).toEqual([
      'envelope.agencyId',
      'envelope.role',
      'envelope.correlationId',
    ]);
  });
});

describe('parsePayload', () => {
  const body = (data: unknown) => ({ envelope: {}, data });

  it('returns an instance of the payload class', () => {
    const payload = parsePayload(body({ name: 'Verdure', guidelines: { toneNotes: 'warm' } }), CreateThing);
    expect(payload).toBeInstanceOf(CreateThing);
    expect((payload as CreateThing).guidelines).toBeInstanceOf(Guidelines);
  });

  it('does not convert types implicitly', () => {
    const error = failure(() =>
      parsePayload(body({ name: 'a', count: '3', guidelines: { toneNotes: '' } }), CreateThing),
    );
    expect(error.fields).toEqual([
      { field: 'count', message: 'count must be an integer number', constraint: 'isInt' },
    ]);
  });

  it('names every bad and unknown field', () => {
    const error = failure(() =>
      parsePayload(body({ name: '', guidelines: { toneNotes: 4, extra: 1 }, admin: true }), CreateThing),
    );
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.message).toBe('Invalid input');
    expect(error.fields).toEqual([
      { field: 'admin', message: 'admin should not exist', constraint: 'whitelistValidation' },
      {
        field: 'name',
        message: 'name must be longer than or equal to 1 characters',
        constraint: 'isLength',
        params: { min: 1, max: 10 },
      },
      {
        field: 'guidelines.extra',
        message: 'guidelines.extra should not exist',
        constraint: 'whitelistValidation',
      },
      {
        field: 'guidelines.toneNotes',
        message: 'guidelines.toneNotes must be a string',
        constraint: 'isString',
      },
    ]);
  });

  it('refuses the NUL character and lone surrogates in every string, nested and in arrays, by field', () => {
    const error = failure(() =>
      parsePayload(
        body({ name: 'a\u0000b', guidelines: { toneNotes: 'warm \ud800' }, tags: ['ok', '\u0000'] }),
        CreateThing,
      ),
    );
    expect(error.code).toBe(ErrorCode.BadUserInput);
    expect(error.fields?.map(({ field, constraint }) => ({ field, constraint }))).toEqual([
      { field: 'name', constraint: 'noNulCharacter' },
      { field: 'guidelines.toneNotes', constraint: 'wellFormedUnicode' },
      { field: 'tags.1', constraint: 'noNulCharacter' },
    ]);
  });

  it('reports unsafe text alone, without running rules that are not written for it', () => {
    const error = failure(() =>
      parsePayload(
        body({ name: 'x', count: 'x', contact: 'ana\ud800@relais.test', guidelines: { toneNotes: '' } }),
        CreateThing,
      ),
    );
    expect(error.fields?.map(({ field, constraint }) => ({ field, constraint }))).toEqual([
      { field: 'contact', constraint: 'wellFormedUnicode' },
    ]);
  });

  it('refuses unsafe text in a payload without a class', () => {
    expect(failure(() => parsePayload(body({ note: '\ud800' }))).fields).toEqual([
      expect.objectContaining({ field: 'note', constraint: 'wellFormedUnicode' }),
    ]);
  });

  it('rejects a payload that is not an object', () => {
    expect(failure(() => parsePayload(body([1, 2]), CreateThing)).code).toBe(ErrorCode.BadUserInput);
    expect(failure(() => parsePayload(body(undefined), CreateThing)).code).toBe(ErrorCode.BadUserInput);
  });

  it('returns the raw payload without a class', () => {
    expect(parsePayload(body('anything'))).toBe('anything');
  });
});
