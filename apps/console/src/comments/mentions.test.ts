import { describe, expect, it } from 'vitest';
import { insertMention, matchCandidates, mentionedUserIds, mentionQueryAt } from './mentions';

const people = [
  { userId: 'u1', name: 'Jeanne Martin' },
  { userId: 'u2', name: 'Élodie Roux' },
  { userId: 'u3', name: 'Marc Petit' },
];

describe('mentionQueryAt', () => {
  it('finds the word typed after an @ at the caret', () => {
    expect(mentionQueryAt('@je', 3)).toEqual({ start: 0, query: 'je' });
    expect(mentionQueryAt('Merci @Jea', 10)).toEqual({ start: 6, query: 'Jea' });
    expect(mentionQueryAt('Voir (@', 7)).toEqual({ start: 6, query: '' });
    expect(mentionQueryAt('@Jeanne Mar', 11)).toEqual({ start: 0, query: 'Jeanne Mar' });
  });

  it('ignores e-mail addresses, finished lines and text without an @', () => {
    expect(mentionQueryAt('ecrire a jeanne@exemple.fr', 26)).toBeNull();
    expect(mentionQueryAt('@jeanne\nsuite', 13)).toBeNull();
    expect(mentionQueryAt('bonjour', 7)).toBeNull();
    expect(mentionQueryAt('@ jeanne', 8)).toBeNull();
  });

  it('only looks before the caret', () => {
    expect(mentionQueryAt('abc @Ma', 3)).toBeNull();
  });
});

describe('matchCandidates', () => {
  it('matches the start of any word of the name, ignoring accents and case', () => {
    expect(matchCandidates(people, 'mar').map((person) => person.userId)).toEqual(['u1', 'u3']);
    expect(matchCandidates(people, 'elo').map((person) => person.userId)).toEqual(['u2']);
    expect(matchCandidates(people, 'jeanne m').map((person) => person.userId)).toEqual(['u1']);
    expect(matchCandidates(people, '')).toHaveLength(3);
    expect(matchCandidates(people, 'zz')).toEqual([]);
  });
});

describe('insertMention', () => {
  it('replaces the typed query by the full name and puts the caret after it', () => {
    const result = insertMention('Merci @Jea pour tout', { start: 6, query: 'Jea' }, 10, 'Jeanne Martin');
    expect(result.text).toBe('Merci @Jeanne Martin pour tout');
    expect(result.caret).toBe('Merci @Jeanne Martin '.length);
  });
});

describe('mentionedUserIds', () => {
  it('keeps only the people still named in the text, once each', () => {
    const text = '@Jeanne Martin et @Jeanne Martin, voir avec Marc';
    expect(mentionedUserIds(text, [...people, people[0]!])).toEqual(['u1']);
    expect(mentionedUserIds('plus personne', people)).toEqual([]);
  });
});
