import { describe, expect, it } from 'vitest';
import type { PostFieldsFragment } from '@relais/web-graphql';
import {
  addThreadPart,
  customise,
  draftFromPost,
  editThreadPart,
  emptyDraft,
  moveThreadPart,
  removeThreadPart,
  toCreateInput,
  updateVariant,
} from './composer-draft';
import { blocksSaving, liveCheck } from './live-check';
import { errorPlace, ruleMessage } from './rule-message';

const guidelines = { bannedWords: ['cheap'], requiredHashtags: [] };

describe('thread draft', () => {
  it('adds, edits, moves and removes parts', () => {
    let parts = addThreadPart(addThreadPart([]));
    parts = editThreadPart(editThreadPart(parts, 0, 'Two'), 1, 'Three');
    expect(parts).toEqual(['Two', 'Three']);
    expect(moveThreadPart(parts, 1, -1)).toEqual(['Three', 'Two']);
    expect(moveThreadPart(parts, 0, -1)).toEqual(['Two', 'Three']);
    expect(moveThreadPart(parts, 1, 1)).toEqual(['Two', 'Three']);
    expect(removeThreadPart(parts, 0)).toEqual(['Three']);
  });

  it('sends the base parts, and a customised network its own', () => {
    let draft = { ...emptyDraft('b'), baseText: 'One', threadParts: ['Two'], accountIds: ['a'] };
    draft = customise(draft, 'MASTODON');
    expect(draft.variants.MASTODON?.threadParts).toEqual(['Two']);
    draft = updateVariant(draft, 'MASTODON', { threadParts: ['Own'] });
    const input = toCreateInput(draft, ['X', 'MASTODON'], 'UTC');
    expect(input.threadParts).toEqual(['Two']);
    expect(input.variants).toEqual([
      { network: 'X', customized: false, firstComment: '' },
      expect.objectContaining({ network: 'MASTODON', customized: true, threadParts: ['Own'] }),
    ]);
  });

  it('reads the parts of a saved post', () => {
    const post = {
      brandId: 'b',
      title: '',
      baseText: 'One',
      linkUrl: null,
      mediaIds: [],
      threadParts: ['Two', 'Three'],
      targets: [],
      variants: [
        {
          network: 'X',
          customized: true,
          text: 'Own',
          linkUrl: null,
          mediaIds: [],
          threadParts: ['Own two'],
          firstComment: null,
        },
      ],
      campaign: null,
      labels: [],
      scheduledAt: null,
    } as unknown as PostFieldsFragment;
    const draft = draftFromPost(post, 'UTC');
    expect(draft.threadParts).toEqual(['Two', 'Three']);
    expect(draft.variants.X?.threadParts).toEqual(['Own two']);
  });
});

describe('thread live check', () => {
  it('counts every part per network and refuses the part over the limit', () => {
    const draft = { ...emptyDraft('b'), baseText: 'One', threadParts: ['Two', 'a'.repeat(281)] };
    const check = liveCheck(draft, ['X', 'BLUESKY'], guidelines);
    expect(check.networks.map((entry) => entry.parts.map((count) => count.used))).toEqual([
      [3, 281],
      [3, 281],
    ]);
    expect(check.networks.map((entry) => entry.thread)).toEqual(['replies', 'replies']);
    expect(check.networks[0]?.violations.map(({ field, rule, index }) => [field, rule, index])).toEqual([
      ['threadParts', 'TOO_LONG', 1],
    ]);
    expect(blocksSaving(check)).toBe(true);
  });

  it('says Facebook and LinkedIn take a second part as the first comment, and refuse a third', () => {
    const two = { ...emptyDraft('b'), baseText: 'One', threadParts: ['Two'] };
    const twoCheck = liveCheck(two, ['FACEBOOK_PAGE', 'X'], guidelines);
    expect(twoCheck.networks.map((entry) => entry.thread)).toEqual(['firstComment', 'replies']);
    expect(blocksSaving(twoCheck)).toBe(false);
    const three = liveCheck({ ...two, threadParts: ['Two', 'Three'] }, ['LINKEDIN'], guidelines);
    expect(three.networks[0]?.thread).toBe('refused');
    expect(three.networks[0]?.violations.map((violation) => violation.rule)).toEqual(['THREAD_UNSUPPORTED']);
  });

  it('finds banned words in the parts', () => {
    const draft = { ...emptyDraft('b'), baseText: 'One', threadParts: ['So cheap'] };
    expect(liveCheck(draft, ['X'], guidelines).banned).toEqual([
      { word: 'cheap', match: 'cheap', network: null },
    ]);
  });
});

describe('thread field errors', () => {
  const t = ((key: string, values: Record<string, unknown>) => `${key} ${JSON.stringify(values)}`) as never;

  it('places a part error with its network, and names the part', () => {
    expect(errorPlace('variants.x.threadParts.1')).toEqual({ network: 'X', field: 'threadParts' });
    expect(errorPlace('threadParts.0')).toEqual({ network: null, field: 'threadParts' });
    expect(ruleMessage('TOO_LONG', 'threadParts', { index: 1, used: 281, limit: 280 }, 'X', t)).toContain(
      'posts.rules.PART_TOO_LONG',
    );
    expect(ruleMessage('TOO_LONG', 'threadParts', { index: 1 }, 'X', t)).toContain('"part":3');
  });
});
