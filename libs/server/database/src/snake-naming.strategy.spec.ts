import { snakeCase, SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it('snake-cases property and class names', () => {
    expect(snakeCase('agencyId')).toBe('agency_id');
    expect(snakeCase('SocialAccount')).toBe('social_account');
    expect(snakeCase('tokenExpiresAt')).toBe('token_expires_at');
    expect(snakeCase('HTMLSnippet')).toBe('html_snippet');
    expect(snakeCase('line2')).toBe('line2');
  });

  it('names columns, keeping explicit names and prefixing embedded ones', () => {
    expect(naming.columnName('createdAt', undefined, [])).toBe('created_at');
    expect(naming.columnName('createdAt', 'made_on', [])).toBe('made_on');
    expect(naming.columnName('bannedWords', undefined, ['guidelines'])).toBe('guidelines_banned_words');
  });

  it('names tables and join columns', () => {
    expect(naming.tableName('BrandEntity', undefined)).toBe('brand_entity');
    expect(naming.tableName('BrandEntity', 'brands')).toBe('brands');
    expect(naming.joinColumnName('brand', 'id')).toBe('brand_id');
    expect(naming.joinTableColumnName('members', 'id', 'userId')).toBe('members_user_id');
  });
});
