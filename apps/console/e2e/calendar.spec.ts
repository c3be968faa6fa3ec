import { DateTime } from 'luxon';
import { ContentApi } from './support/content-api';
import {
  demoLogin,
  expect,
  expectNotice,
  openSignedIn,
  OWNER_EMAIL,
  screenshotPath,
  test,
  uniqueSuffix,
} from './support/fixtures';

const BROOKLYN = 'Brooklyn Roasters';
const ZONE = 'America/New_York';

interface CalendarPost {
  id: string;
  scheduledAt: string | null;
}

test('the owner drags a Brooklyn post to another day: it stays there, in New York time, from a Paris browser', async ({
  page,
  request,
  gatewayUrl,
  demoLogins,
}) => {
  const login = demoLogin(demoLogins, OWNER_EMAIL);
  const api = new ContentApi(request, gatewayUrl);
  await api.signIn(login.email, login.password);
  const brandId = await api.brandId(BROOKLYN);
  const suffix = uniqueSuffix();
  const accountId = await api.connectAccount(brandId, `@roasters${suffix}`);

  // 10:00 in New York on the 10th of next month (16:00 in Paris): the browser runs in Europe/Paris.
  const month = DateTime.now().setZone(ZONE).plus({ months: 1 }).startOf('month');
  const slot = month.set({ day: 10, hour: 10 });
  const title = `Torréfaction ${suffix}`;
  const { createPost } = await api.call<{ createPost: CalendarPost }>(
    'mutation ($input: CreatePostInput!) { createPost(input: $input) { id scheduledAt } }',
    {
      input: {
        brandId,
        title,
        baseText: 'Our new single origin is roasting this week.',
        accountIds: [accountId],
        scheduledAt: slot.toUTC().toISO(),
      },
    },
  );

  await openSignedIn(page, login, `/calendar?brand=${brandId}&date=${month.toISODate()}`);
  await expect(page.getByRole('heading', { name: 'Calendrier' })).toBeVisible();
  await expect(page.getByTestId('calendar-zone')).toContainText(
    `Horaires dans le fuseau de ${BROOKLYN} : ${ZONE}`,
  );
  const event = page.locator('.fc-daygrid-event', { hasText: title });
  const day10 = page.locator(`td.fc-daygrid-day[data-date="${slot.toISODate()}"]`);
  await expect(day10.locator('.fc-daygrid-event', { hasText: title })).toBeVisible();
  // Brand-local time, not the viewer's (16:00 in Paris).
  await expect(event).toContainText('10:00');
  await page.screenshot({ path: screenshotPath('calendar-month-before'), fullPage: true });

  // Drag it one week later, to the 17th.
  const target = month.set({ day: 17 });
  const day17 = page.locator(`td.fc-daygrid-day[data-date="${target.toISODate()}"]`);
  await dragTo(page, event, day17);
  await expectNotice(page, `« ${title} » déplacée au`);
  await expect(day17.locator('.fc-daygrid-event', { hasText: title })).toBeVisible();

  const moved = await api.call<{ post: CalendarPost }>(
    'query ($id: ID!) { post(id: $id) { id scheduledAt } }',
    {
      id: createPost.id,
    },
  );
  const expected = target.set({ hour: 10, minute: 0 });
  expect(DateTime.fromISO(moved.post.scheduledAt ?? '').toMillis()).toBe(expected.toMillis());

  // After a reload it is still on the 17th at 10:00, New York time.
  await page.reload();
  const reloaded = day17.locator('.fc-daygrid-event', { hasText: title });
  await expect(reloaded).toBeVisible();
  await expect(reloaded).toContainText('10:00');
  await expect(day10.locator('.fc-daygrid-event', { hasText: title })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('calendar-month-after'), fullPage: true });

  // The week view shows it at 10:00 too.
  await page.goto(`/calendar?brand=${brandId}&view=timeGridWeek&date=${target.toISODate()}`);
  const weekEvent = page.locator('.fc-timegrid-event', { hasText: title });
  await expect(weekEvent).toContainText('10:00');
  await page.screenshot({ path: screenshotPath('calendar-week'), fullPage: true });
});

test('a move the service refuses goes back to its day with a message in French', async ({
  page,
  request,
  gatewayUrl,
  demoLogins,
}) => {
  const login = demoLogin(demoLogins, OWNER_EMAIL);
  const api = new ContentApi(request, gatewayUrl);
  await api.signIn(login.email, login.password);
  const brand = await api.createBrand(`Café ${uniqueSuffix()}`, 'Europe/Paris');
  const accountId = await api.connectAccount(brand.id, `@cafe${uniqueSuffix()}`);
  const month = DateTime.now().setZone('Europe/Paris').plus({ months: 1 }).startOf('month');
  const title = 'Dégustation du jeudi';
  const { createPost } = await api.call<{ createPost: CalendarPost }>(
    'mutation ($input: CreatePostInput!) { createPost(input: $input) { id scheduledAt } }',
    {
      input: {
        brandId: brand.id,
        title,
        baseText: 'Dégustation gratuite jeudi soir.',
        accountIds: [accountId],
        scheduledAt: month.set({ day: 12, hour: 18 }).toUTC().toISO(),
      },
    },
  );

  await openSignedIn(page, login, `/calendar?brand=${brand.id}&date=${month.toISODate()}`);
  const event = page.locator('.fc-daygrid-event', { hasText: title });
  await expect(event).toBeVisible();
  // Meanwhile someone sends it for review: the calendar on screen still shows it as a draft.
  await api.setApprovalPolicy(brand.id, 'INTERNAL', ['ACCOUNT_MANAGER']);
  expect((await api.submitPost(createPost.id)).status).toBe('IN_REVIEW');

  const day12 = page.locator(`td.fc-daygrid-day[data-date="${month.set({ day: 12 }).toISODate()}"]`);
  const day20 = page.locator(`td.fc-daygrid-day[data-date="${month.set({ day: 20 }).toISODate()}"]`);
  await dragTo(page, event, day20);
  await expectNotice(page, 'Cette publication ne peut pas être déplacée dans son état actuel.');
  await expect(day12.locator('.fc-daygrid-event', { hasText: title })).toBeVisible();
  await expect(day20.locator('.fc-daygrid-event', { hasText: title })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('calendar-move-refused'), fullPage: true });
});

test('paging months quickly keeps the chosen brand, and shows only that brand’s posts', async ({
  page,
  request,
  gatewayUrl,
  demoLogins,
}) => {
  test.setTimeout(240_000);
  const login = demoLogin(demoLogins, OWNER_EMAIL);
  const api = new ContentApi(request, gatewayUrl);
  await api.signIn(login.email, login.password);
  const suffix = uniqueSuffix();
  const zone = 'Europe/Paris';
  const month = DateTime.now().setZone(zone).plus({ months: 1 }).startOf('month');
  // Two brands in one time zone, each with a post on the 15th of next month.
  const brands = await Promise.all(
    ['Ardoise', 'Brume'].map(async (name) => {
      const brand = await api.createBrand(`${name} ${suffix}`, zone);
      const accountId = await api.connectAccount(brand.id, `@${name.toLowerCase()}${suffix}`);
      const title = `${name} ${suffix}`;
      await api.call('mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }', {
        input: {
          brandId: brand.id,
          title,
          baseText: `${name}: the news of the month.`,
          accountIds: [accountId],
          scheduledAt: month.set({ day: 15, hour: 10 }).toUTC().toISO(),
        },
      });
      return { ...brand, title };
    }),
  );

  // The calendar opens with the default brand; each round chooses the other one and pages at once.
  await openSignedIn(page, login, `/calendar?date=${month.toISODate()}`);
  const brandSelect = page.getByRole('combobox', { name: 'Marque' });
  const title = page.locator('.fc-toolbar-title');
  const monthTitle = month.setLocale('fr').toFormat('LLLL yyyy');
  await expect(title).toHaveText(monthTitle, { ignoreCase: true });
  for (let round = 0; round < 6; round += 1) {
    const shown = await brandSelect.inputValue();
    const brand = brands.find((candidate) => candidate.name !== shown);
    if (!brand) throw new Error('no brand to choose');
    await brandSelect.click();
    await page.getByRole('option', { name: brand.name }).click();
    // As fast as the buttons answer: five months forward, five back.
    for (let step = 0; step < 5; step += 1) await page.locator('.fc-next-button').click();
    for (let step = 0; step < 5; step += 1) await page.locator('.fc-prev-button').click();

    await expect(title).toHaveText(monthTitle, { ignoreCase: true });
    await expect(brandSelect).toHaveValue(brand.name);
    await expect(page.getByTestId('calendar-zone')).toContainText(brand.name);
    await expect(page.locator('.fc-daygrid-event')).toHaveText([new RegExp(brand.title)]);
  }
  await page.screenshot({ path: screenshotPath('calendar-paging-brand'), fullPage: true });
});

/** Drags with the mouse as a person would (FullCalendar follows pointer moves, not HTML5 drag events). */
async function dragTo(
  page: import('@playwright/test').Page,
  from: import('@playwright/test').Locator,
  to: import('@playwright/test').Locator,
): Promise<void> {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('Nothing to drag, or nowhere to drop');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 10, { steps: 5 });
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 15 });
  await page.mouse.up();
}
