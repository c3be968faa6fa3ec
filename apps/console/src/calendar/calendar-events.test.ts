import { describe, expect, it } from 'vitest';
import type { CalendarPostFieldsFragment } from '@relais/web-graphql';
import { NO_CAMPAIGN_COLOR, STATUS_COLORS, toEvents } from './calendar-events';
import { utcOffset, zoneOf } from './calendar-zone';

const post = (change: Partial<CalendarPostFieldsFragment>): CalendarPostFieldsFragment => ({
  id: 'p1',
  brandId: 'b1',
  brandName: 'Brooklyn Roasters',
  title: 'Autumn blend',
  status: 'DRAFT',
  scheduledAt: '2026-12-08T20:00:00.000Z',
  excerpt: 'Our autumn blend is here',
  networks: ['X'],
  campaign: null,
  color: null,
  version: 1,
  occurrence: null,
  ...change,
});

const options = {
  colorBy: 'status' as const,
  showBrand: false,
  canMove: true,
  untitled: 'Untitled',
  occurrences: { PAST: 'Already due', NEXT: 'Next occurrence', LATER: 'Later occurrence' },
};

describe('toEvents', () => {
  it('places each post at its instant, coloured by status, movable only when the service allows it', () => {
    const [draft, published] = toEvents([post({}), post({ id: 'p2', status: 'PUBLISHED' })], options);
    expect(draft).toMatchObject({
      id: 'p1',
      title: 'Autumn blend',
      start: '2026-12-08T20:00:00.000Z',
      backgroundColor: STATUS_COLORS.DRAFT,
      startEditable: true,
      durationEditable: false,
    });
    expect(published).toMatchObject({ backgroundColor: STATUS_COLORS.PUBLISHED, startEditable: false });
  });

  it('names the brand when every brand is shown, and falls back on the excerpt', () => {
    const [event] = toEvents([post({ title: '  ' })], { ...options, showBrand: true });
    expect(event?.title).toBe('Brooklyn Roasters · Our autumn blend is here');
  });

  it('colours by campaign, grey without one', () => {
    const campaign = { id: 'c1', name: 'Fall', color: '#e8590c' };
    const events = toEvents([post({ campaign }), post({ id: 'p2' })], { ...options, colorBy: 'campaign' });
    expect(events.map((event) => event.backgroundColor)).toEqual(['#e8590c', NO_CAMPAIGN_COLOR]);
  });

  it('shows each occurrence of a recurring post as its own event of the same post; only the next one moves', () => {
    const past = '2026-12-07T08:00:00.000Z';
    const next = '2026-12-08T08:00:00.000Z';
    const later = '2026-12-09T08:00:00.000Z';
    const at = [past, next, later];
    const events = toEvents(
      [
        post({ status: 'PUBLISHED', scheduledAt: past, occurrence: { at: past, kind: 'PAST' } }),
        post({ status: 'SCHEDULED', scheduledAt: next, occurrence: { at: next, kind: 'NEXT' } }),
        post({ status: 'SCHEDULED', scheduledAt: later, occurrence: { at: later, kind: 'LATER' } }),
      ],
      options,
    );
    expect(new Set(events.map((event) => event.id)).size).toBe(3);
    expect(events.map((event) => event.start)).toEqual(at);
    expect(events.map((event) => event.extendedProps)).toEqual(
      ['Already due', 'Next occurrence', 'Later occurrence'].map((occurrence) =>
        expect.objectContaining({ postId: 'p1', occurrence }),
      ),
    );
    expect(events.map((event) => event.startEditable)).toEqual([false, true, false]);
  });

  it('lets nobody move posts without the right', () => {
    expect(toEvents([post({})], { ...options, canMove: false })[0]?.startEditable).toBe(false);
  });
});

describe('time zones', () => {
  it('names the offset of a zone at a given instant, daylight saving included', () => {
    expect(utcOffset('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe('UTC−05:00');
    expect(utcOffset('America/New_York', new Date('2026-07-15T12:00:00Z'))).toBe('UTC−04:00');
    expect(utcOffset('Europe/Paris', new Date('2026-07-15T12:00:00Z'))).toBe('UTC+02:00');
  });

  it('uses the brand’s zone for one brand and the viewer’s for all brands', () => {
    expect(zoneOf({ timezone: 'America/New_York' }, 'Europe/Paris')).toBe('America/New_York');
    expect(zoneOf(null, 'Europe/Paris')).toBe('Europe/Paris');
  });
});
