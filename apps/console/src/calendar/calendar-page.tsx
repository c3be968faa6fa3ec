import { useMutation, useQuery } from '@apollo/client/react';
import type { DatesSetArg, EventClickArg, EventDropArg } from '@fullcalendar/core';
import { EmptyState, Group, Loader, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../auth/session-context';
import { isBrandRole } from '../auth/permissions';
import { LoadError } from '../ui/load-error';
import { notifyFailure, notifySuccess } from '../ui/notify';
import { PageHeader } from '../ui/page-header';
import { intlLocale, isUiLanguage } from '../i18n/language';
import { BrandSelect } from '../media/brand-select';
import { canWriteContent } from '../media/content-writers';
import { CalendarBrandsQuery, CalendarPostsQuery, ReschedulePostMutation } from './calendar.graphql';
import { type ColorBy, type PostEventProps, toEvents } from './calendar-events';
import { CalendarView, CALENDAR_VIEWS, type CalendarViewName } from './calendar-view';
import { formatSlot, isPast, utcOffset, viewerZone, zoneOf } from './calendar-zone';
import { StatusLegend } from './status-legend';
import { rescheduleErrorMessage } from './reschedule-errors';
import { useSetParams } from '../ui/url-params';

/** The "every brand" choice of the brand picker. */
const ALL = 'all';

function isView(value: string | null): value is CalendarViewName {
  return (CALENDAR_VIEWS as readonly string[]).includes(value ?? '');
}

/**
 * `/calendar`: a brand's posts on a month, week or list, in the brand's time zone (agency staff may
 * choose every brand, shown in their own zone). Clicking opens the post; dragging moves it.
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'fr';
  const { role } = useSession();
  const canMove = canWriteContent(role);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  // The day on screen, kept as shown rather than as last rendered in the URL: a calendar opened for
  // another brand starts where the user was, even when paged before the URL caught up.
  const [shownDate, setShownDate] = useState(() => params.get('date'));
  const [colorBy, setColorBy] = useState<ColorBy>('status');

  const brandsQuery = useQuery(CalendarBrandsQuery);
  const brands = useMemo(
    () => brandsQuery.data?.brands.edges.map((edge) => edge.node) ?? [],
    [brandsQuery.data],
  );
  const mayChooseAll = !isBrandRole(role) && brands.length > 1;
  const asked = params.get('brand');
  const all = mayChooseAll && asked === ALL;
  const brand = all ? null : (brands.find((b) => b.id === asked) ?? brands[0] ?? null);
  const zone = zoneOf(brand, viewerZone());
  const view = isView(params.get('view')) ? (params.get('view') as CalendarViewName) : 'dayGridMonth';

  const posts = useQuery(CalendarPostsQuery, {
    variables: { brandId: brand?.id ?? null, from: range?.from ?? '', to: range?.to ?? '' },
    skip: !range || (!brand && !all),
    fetchPolicy: 'cache-and-network',
  });
  const [reschedule] = useMutation(ReschedulePostMutation);

  const events = useMemo(
    () =>
      toEvents(posts.data?.calendarPosts ?? [], {
        colorBy,
        showBrand: all,
        canMove,
        untitled: t('calendar.page.untitled'),
        occurrences: {
          PAST: t('calendar.occurrence.PAST'),
          NEXT: t('calendar.occurrence.NEXT'),
          LATER: t('calendar.occurrence.LATER'),
        },
      }),
    [posts.data, colorBy, all, canMove, t],
  );

  const onDatesSet = (dates: DatesSetArg) => {
    const from = dates.start.toISOString();
    const to = dates.end.toISOString();
    setRange((current) => (current?.from === from && current.to === to ? current : { from, to }));
    const date = dates.view.calendar.getDate().toISOString().slice(0, 10);
    setShownDate(date);
    // Only the view and the date: the brand stays as the URL has it now, whatever this render saw.
    setParams({ view: dates.view.type, date });
  };

  const onEventClick = (click: EventClickArg) => {
    click.jsEvent.preventDefault();
    void navigate(`/posts/${(click.event.extendedProps as PostEventProps).postId}`);
  };

  const onEventDrop = (drop: EventDropArg) => {
    const props = drop.event.extendedProps as PostEventProps;
    const scheduledAt = new Date(drop.event.startStr).toISOString();
    if (isPast(scheduledAt)) {
      drop.revert();
      notifyFailure(t('calendar.errors.past'));
      return;
    }
    reschedule({ variables: { input: { postId: props.postId, scheduledAt } } })
      .then(() =>
        notifySuccess(
          t('calendar.moved', {
            title: drop.event.title,
            when: formatSlot(scheduledAt, zone, intlLocale(language)),
          }),
        ),
      )
      .catch((error: unknown) => {
        drop.revert();
        notifyFailure(rescheduleErrorMessage(error, props.status, t));
        // The post may have changed meanwhile (archived, sent for review): show it as it is now.
        void posts.refetch();
      });
  };

  const zoneNote = brand
    ? t('calendar.zone.brand', { brand: brand.name, zone, offset: utcOffset(zone) })
    : t('calendar.zone.viewer', { zone, offset: utcOffset(zone) });

  let body;
  if (brandsQuery.error && !brandsQuery.data) {
    body = <LoadError error={brandsQuery.error} onRetry={() => void brandsQuery.refetch()} />;
  } else if (!brandsQuery.data) {
    body = <Loader aria-label={t('calendar.page.loading')} />;
  } else if (!brand && !all) {
    body = <EmptyState title={t('calendar.page.noBrand')} py="xl" />;
  } else {
    body = (
      <>
        {posts.error ? <LoadError error={posts.error} onRetry={() => void posts.refetch()} /> : null}
        <CalendarView
          // A new calendar only for another time zone or language: another brand in the same zone keeps
          // the calendar on screen (and the months being paged), only its events change.
          key={`${zone}-${language}`}
          events={events}
          timeZone={zone}
          language={language}
          initialView={view}
          view={view}
          initialDate={shownDate ?? undefined}
          buttons={{
            today: t('calendar.page.today'),
            month: t('calendar.page.month'),
            week: t('calendar.page.week'),
            list: t('calendar.page.list'),
          }}
          onDatesSet={onDatesSet}
          onEventClick={onEventClick}
          onEventDrop={onEventDrop}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('calendar.page.title')}
        description={canMove ? t('calendar.page.description') : t('calendar.page.descriptionReadOnly')}
      />
      <Paper withBorder p="md">
        <Stack>
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <BrandSelect
              brands={brands}
              value={all ? ALL : (brand?.id ?? null)}
              onChange={(id) => setParams({ brand: id })}
              extra={mayChooseAll ? [{ value: ALL, label: t('calendar.page.allBrands') }] : undefined}
            />
            <Group gap="xs" align="center">
              <Text size="sm" c="dimmed">
                {t('calendar.page.colorBy')}
              </Text>
              <SegmentedControl
                size="xs"
                value={colorBy}
                onChange={(value) => setColorBy(value)}
                data={[
                  { value: 'status', label: t('calendar.page.byStatus') },
                  { value: 'campaign', label: t('calendar.page.byCampaign') },
                ]}
              />
            </Group>
          </Group>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" c="dimmed" data-testid="calendar-zone">
              {zoneNote}
            </Text>
            {posts.loading ? <Loader size="xs" aria-label={t('calendar.page.loading')} /> : null}
          </Group>
          {colorBy === 'status' ? <StatusLegend /> : null}
          {body}
        </Stack>
      </Paper>
    </>
  );
}
