import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { validationErrorsToFields } from './validation-errors';

class Tag {
  @IsString()
  @Length(2, 10)
  label!: string;
}

class Guidelines {
  @IsArray()
  @IsString({ each: true })
  bannedWords!: string[];
}

class Brand {
  @IsString()
  @Length(1, 5)
  name!: string;

  @IsArray()
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'each target market must be a two-letter country code' })
  targetMarkets!: string[];

  @ValidateNested()
  @Type(() => Guidelines)
  guidelines!: Guidelines;

  @ValidateNested({ each: true })
  @Type(() => Tag)
  tags!: Tag[];
}

function fieldsOf(plain: object) {
  const errors = validateSync(plainToInstance(Brand, plain), { whitelist: true, forbidNonWhitelisted: true });
  return validationErrorsToFields(errors);
}

const valid = { name: 'Ok', targetMarkets: ['FR'], guidelines: { bannedWords: [] }, tags: [{ label: 'aa' }] };

describe('validationErrorsToFields', () => {
  it('returns nothing for a valid object', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('gives one message per field, the most basic failure first', () => {
    expect(fieldsOf({ ...valid, name: 42 })).toEqual([
      { field: 'name', message: 'name must be a string', constraint: 'isString' },
    ]);
    expect(fieldsOf({ ...valid, name: 'too long' })).toEqual([
      {
        field: 'name',
        message: 'name must be shorter than or equal to 5 characters',
        constraint: 'isLength',
        params: { min: 1, max: 5 },
      },
    ]);
  });

  it('names nested fields with dotted paths', () => {
    expect(fieldsOf({ ...valid, guidelines: { bannedWords: 'nope' } })).toEqual([
      {
        field: 'guidelines.bannedWords',
        message: 'guidelines.bannedWords must be an array',
        constraint: 'isArray',
      },
    ]);
  });

  it('names array items by index', () => {
    expect(fieldsOf({ ...valid, tags: [{ label: 'aa' }, { label: 'x' }] })).toEqual([
      {
        field: 'tags.1.label',
        message: 'tags.1.label must be longer than or equal to 2 characters',
        constraint: 'isLength',
        params: { min: 2, max: 10 },
      },
    ]);
  });

  it('keeps custom messages and reports unknown properties', () => {
    expect(fieldsOf({ ...valid, targetMarkets: ['France'], admin: true })).toEqual([
      { field: 'admin', message: 'admin should not exist', constraint: 'whitelistValidation' },
      {
        field: 'targetMarkets',
        message: 'each target market must be a two-letter country code',
        constraint: 'matches',
      },
    ]);
  });

  it('reads the bounds of size and range rules from the class, not from the message', () => {
    class Limits {
      @ArrayMaxSize(3)
      words!: string[];

      @Min(1)
      @Max(120)
      minutes!: number;

      @IsEmail()
      email!: string;
    }
    const errors = validateSync(
      plainToInstance(Limits, { words: ['a', 'b', 'c', 'd'], minutes: 500, email: 'x' }),
    );
    expect(validationErrorsToFields(errors)).toEqual([
      {
        field: 'words',
        message: 'words must contain no more than 3 elements',
        constraint: 'arrayMaxSize',
        params: { max: 3 },
      },
      {
        field: 'minutes',
        message: 'minutes must not be greater than 120',
        constraint: 'max',
        params: { max: 120 },
      },
      { field: 'email', message: 'email must be an email', constraint: 'isEmail' },
    ]);
  });

  it('prefixes every field with the parent when given', () => {
    const errors = validateSync(plainToInstance(Brand, { ...valid, name: '' }));
    expect(validationErrorsToFields(errors, 'input')).toEqual([
      {
        field: 'input.name',
        message: 'input.name must be longer than or equal to 1 characters',
        constraint: 'isLength',
        params: { min: 1, max: 5 },
      },
    ]);
  });
});
