import { approvalTenancy } from './approval.cases';
import { calendarTenancy } from './calendar.cases';
import { clientsTenancy } from './clients.cases';
import { connectionsTenancy } from './connections.cases';
import { ideasTenancy } from './ideas.cases';
import { mediaTenancy } from './media.cases';
import { notificationsTenancy } from './notifications.cases';
import { postsTenancy } from './posts.cases';
import { publishingTenancy } from './publishing.cases';
import { slotsTenancy } from './slots.cases';
import { TenancyDomain } from './tenancy-case';

/**
 * Every part of the API the tenancy suite attacks. A service that adds operations taking an ID adds
 * its `<part>.cases.ts` here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each domain seeds its own shape
export const DOMAINS: TenancyDomain<any>[] = [
  clientsTenancy,
  connectionsTenancy,
  postsTenancy,
  mediaTenancy,
  calendarTenancy,
  // Before approval: it schedules a draft of A1 while A1 has no approval policy yet.
  publishingTenancy,
  slotsTenancy,
  approvalTenancy,
  notificationsTenancy,
  ideasTenancy,
];
