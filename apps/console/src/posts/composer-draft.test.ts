import { describe, expect, it } from 'vitest';
import {
  customise,
  effectiveVariant,
  emptyDraft,
  followBase,
  instantOf,
  targetedNetworks,
  toCreateInput,
  updateVariant,
} from './composer-draft';

const accounts = [
  { id: 'li', network: 'LINKEDIN' as const },
  { id: 'x', network: 'X' as const },
  { id: 'bsky', network: 'BLUESKY' as const },
];

describe('composer draft', () => {
  it('lists the networks of the chosen accounts in network order', () => {
    expect(targetedNetworks({ accountIds: ['li', 'x'] }, accounts)).toEqual(['X', 'LINKEDIN']);
  });

  it('follows the base until customised, then keeps its own text', () => {
    let draft = { ...emptyDraft('b'), baseText: 'Hello', accountIds: ['x', 'li'] };
    expect(effectiveVariant(draft, 'LINKEDIN')).toMatchObject({ customized: false, text: 'Hello' });
    draft = customise(draft, 'LINKEDIN');
    draft = updateVariant(draft, 'LINKEDIN', { text: 'Longer for LinkedIn' });
    draft = { ...draft, baseText: 'Hello again' };
    expect(effectiveVariant(draft, 'LINKEDIN').text).toBe('Longer for LinkedIn');
    expect(effectiveVariant(draft, 'X').text).toBe('Hello again');
    draft = followBase(draft, 'LINKEDIN');
    expect(effectiveVariant(draft, 'LINKEDIN')).toMatchObject({ customized: false, text: 'Hello again' });
  });

  it('keeps a first comment on a variant that follows the base', () => {
    const draft = updateVariant({ ...emptyDraft('b'), baseText: 'Hi' }, 'LINKEDIN', {
      firstComment: 'More below',
    });
    expect(effectiveVariant(draft, 'LINKEDIN')).toMatchObject({
      customized: false,
      text: 'Hi',
      firstComment: 'More below',
    });
  });

  it('reads the planned time in the brand’s zone, whatever the browser’s', () => {
    expect(instantOf('2030-03-31 09:30:00', 'Europe/Paris')).toBe('2030-03-31T07:30:00.000Z');
    expect(instantOf('2030-01-15 09:30:00', 'America/New_York')).toBe('2030-01-15T14:30:00.000Z');
    expect(instantOf(null, 'Europe/Paris')).toBeNull();
  });

  it('sends customised variants whole and following ones with their first comment only', () => {
    let draft = { ...emptyDraft('b'), baseText: 'Base', linkUrl: ' ', accountIds: ['x', 'li'] };
    draft = updateVariant(customise(draft, 'LINKEDIN'), 'LINKEDIN', { text: 'Own' });
    const input = toCreateInput(draft, ['X', 'LINKEDIN'], 'Europe/Paris');
    expect(input.linkUrl).toBeNull();
    expect(input.variants).toEqual([
      { network: 'X', customized: false, firstComment: '' },
      {
        network: 'LINKEDIN',
        customized: true,
        text: 'Own',
        linkUrl: '',
        mediaIds: [],
        threadParts: [],
        firstComment: '',
      },
    ]);
  });
});
