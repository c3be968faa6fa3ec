import { DateTime } from 'luxon';
import { Network, PublicationSettledEvent, PublishingEvents } from '@relais/contracts';
import { waitFor } from '@relais/server-testing';
import { ResultWriter } from '../src/dispatch/result-writer.service';
import { PublicationRow } from '../src/publications/publication';
import {
  Agency,
  connectAccount,
  ConnectedAccount,
  createAgency,
  createBrand,
  schedulePost,
} from './support/fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';

/**
 * A recurring post across a daylight-saving change. Days cannot be waited for: each occurrence is
 * marked sent through the service's own result writer (as the dispatcher does after the network
 * answered), which inserts the next occurrence from the schedule rules in the same transaction.
 */
describe('recurring posts across daylight-saving changes', () => {
  let h: PublishingHarness;
  let paris: Agency;
  let newYork: Agency;
  let parisAccount: ConnectedAccount;
  let newYorkAccount: ConnectedAccount;

  beforeAll(async () => {
    h = await startPublishing({ env: { DISPATCH_ENABLED: 'false' } });
    paris = await createAgency(h, 'Europe/Paris');
    const nyBrand = await createBrand(h, paris.owner, 'Bagels Hudson', 'America/New_York');
    newYork = { owner: paris.owner, brand: nyBrand };
    parisAccount = await connectAccount(h, paris.owner, paris.brand.id, Network.Mastodon);
    newYorkAccount = await connectAccount(h, paris.owner, nyBrand.id, Network.Mastodon);
  }, 120_000);

  afterAll(() => h?.close());

  /** Marks each pending occurrence sent, in turn, and returns every occurrence's due instant. */
  async function runSeries(postId: string, occurrences: number): Promise<Date[]> {
    const writer = h.replicas[0].get(ResultWriter);
    const dues: Date[] = [];
    for (let n = 0; n < occurrences; n += 1) {
      const [row] = await waitFor(async () => {
        const rows = await h.sql<PublicationRow>(
          `UPDATE publishing.publications SET status = 'sending', lease_owner = 'series'
            WHERE post_id = $1 AND status = 'pending' RETURNING *`,
          [postId],
        );
        return rows.length > 0 ? rows : null;
      });
      dues.push(new Date(row.due_at));
      await writer.write('series', [
        { kind: 'published', row, attempt: null, externalId: `status-${n}`, url: null, detail: null },
      ]);
    }
    return dues;
  }

  const local = (zone: string) => (at: Date) =>
    DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd HH:mm');

  it('keeps 09:00 in Paris across the spring-forward change, and ends after its count', async () => {
    const { postId } = await schedulePost(h, paris, [parisAccount], {
      dueAt: new Date('2027-03-25T08:00:00Z'),
      timezone: 'Europe/Paris',
      recurrence: { frequency: 'daily', interval: 1, weekdays: [], until: null, count: 6 } as never,
    });
    const dues = await runSeries(postId, 6);
    expect(dues.map(local('Europe/Paris'))).toEqual([
      '2027-03-25 09:00',
      '2027-03-26 09:00',
      '2027-03-27 09:00',
      '2027-03-28 09:00',
      '2027-03-29 09:00',
      '2027-03-30 09:00',
    ]);
    expect(dues.map((d) => d.toISOString().slice(11, 16))).toEqual([
      '08:00',
      '08:00',
      '08:00',
      '07:00',
      '07:00',
      '07:00',
    ]);
    const events = await h.sql<{ payload: { data: PublicationSettledEvent } }>(
      `SELECT payload FROM publishing.outbox WHERE subject = $1 AND payload->'data'->>'postId' = $2 ORDER BY created_at`,
      [PublishingEvents.publicationPublished, postId],
    );
    expect(events.map((e) => e.payload.data.nextOccurrenceAt)).toEqual([
      ...dues.slice(1).map((d) => d.toISOString()),
      null,
    ]);
    expect(events.every((e) => e.payload.data.occurrence.pending === 0)).toBe(true);
    const [schedule] = await h.sql<{ status: string }>(
      `SELECT status FROM publishing.schedules WHERE post_id = $1`,
      [postId],
    );
    expect(schedule.status).toBe('ended');
  });

  it('keeps 09:00 in New York across its own change, two weeks earlier', async () => {
    const { postId } = await schedulePost(h, newYork, [newYorkAccount], {
      dueAt: new Date('2027-03-12T14:00:00Z'),
      timezone: 'America/New_York',
      recurrence: {
        frequency: 'daily',
        interval: 1,
        weekdays: [],
        until: '2027-03-16',
        count: null,
      } as never,
    });
    const dues = await runSeries(postId, 5);
    expect(dues.map(local('America/New_York'))).toEqual([
      '2027-03-12 09:00',
      '2027-03-13 09:00',
      '2027-03-14 09:00',
      '2027-03-15 09:00',
      '2027-03-16 09:00',
    ]);
    expect(dues.map((d) => d.toISOString().slice(11, 16))).toEqual([
      '14:00',
      '14:00',
      '13:00',
      '13:00',
      '13:00',
    ]);
  });

  it('sends a 02:30 slot that does not exist on the spring-forward day at 03:30, then 02:30 again', async () => {
    const { postId } = await schedulePost(h, paris, [parisAccount], {
      dueAt: new Date('2027-03-27T01:30:00Z'),
      timezone: 'Europe/Paris',
      recurrence: { frequency: 'daily', interval: 1, weekdays: [], until: null, count: 3 } as never,
    });
    const dues = await runSeries(postId, 3);
    expect(dues.map(local('Europe/Paris'))).toEqual([
      '2027-03-27 02:30',
      '2027-03-28 03:30',
      '2027-03-29 02:30',
    ]);
  });
});
