import { describe, expect, it } from 'vitest';
import { withParams } from './url-params';

describe('withParams', () => {
  it('changes the given parameters and keeps the others as the URL holds them', () => {
    expect(withParams('?brand=b2&date=2027-01-01', { date: '2027-02-01', view: 'dayGridMonth' })).toBe(
      '?brand=b2&date=2027-02-01&view=dayGridMonth',
    );
    expect(withParams('brand=b2', { brand: null })).toBe('');
    expect(withParams('', {})).toBe('');
  });
});
