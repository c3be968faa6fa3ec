import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsArray, IsString, Length, Matches, ValidateNested, validateSync } from 'class-validator';
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
    expect(fieldsOf({ ...valid, name: 42 })).toEqual([{ field: 'name', message: 'name must be a string' }]);
    expect(fieldsOf({ ...valid, name: 'too long' })).toEqual([
      { field: 'name', message: 'name must be shorter than or equal to 5 characters' },
    ]);
  });

  it('names nested fields with dotted paths', () => {
    expect(fieldsOf({ ...valid, guidelines: { bannedWords: 'nope' } })).toEqual([
      { field: 'guidelines.bannedWords', message: 'guidelines.bannedWords must be an array' },
    ]);
  });

  it('names array items by index', () => {
    expect(fieldsOf({ ...valid, tags: [{ label: 'aa' }, { label: 'x' }] })).toEqual([
      { field: 'tags.1.label', message: 'tags.1.label must be longer than or equal to 2 characters' },
    ]);
  });

  it('keeps custom messages and reports unknown properties', () => {
    expect(fieldsOf({ ...valid, targetMarkets: ['France'], admin: true })).toEqual([
      { field: 'admin', message: 'admin should not exist' },
      { field: 'targetMarkets', message: 'each target market must be a two-letter country code' },
    ]);
  });

  it('prefixes every field with the parent when given', () => {
    const errors = validateSync(plainToInstance(Brand, { ...valid, name: '' }));
    expect(validationErrorsToFields(errors, 'input')).toEqual([
      { field: 'input.name', message: 'input.name must be longer than or equal to 1 characters' },
    ]);
  });
});
