import type { DatesSetArg, EventClickArg, EventDropArg } from '@fullcalendar/core';
import frLocale from '@fullcalendar/core/locales/fr';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import luxonPlugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import type { EventContentArg, EventInput } from '@fullcalendar/core';
import type { UiLanguage } from '../i18n/language';

export const CALENDAR_VIEWS = ['dayGridMonth', 'timeGridWeek', 'listMonth'] as const;
export type CalendarViewName = (typeof CALENDAR_VIEWS)[number];

/** The week view scrolls within this height (pixels) rather than showing 24 hours at once. */
const WEEK_HEIGHT = 760;

const PLUGINS = [luxonPlugin, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];

/** Labels of the toolbar buttons, in the interface language. */
export type CalendarButtons = {
  today: string;
  month: string;
  week: string;
  list: string;
};

/**
 * An event as a block: its time, which occurrence it is for a recurring post, then its title on up to
 * two lines (FullCalendar would cut it to one).
 */
function EventContent({ event, timeText }: EventContentArg) {
  const { occurrence } = event.extendedProps as { occurrence?: string | null };
  return (
    <div style={{ padding: '1px 3px', lineHeight: 1.25, overflow: 'hidden' }}>
      {timeText ? <div style={{ fontSize: '0.75em', opacity: 0.9 }}>{timeText}</div> : null}
      {occurrence ? (
        <div style={{ fontSize: '0.75em', opacity: 0.9 }} data-testid="post-occurrence">
          ↻ {occurrence}
        </div>
      ) : null}
      <div
        style={{
          fontWeight: 600,
          whiteSpace: 'normal',
          display: '-webkit-box',
          WebkitLineClamp: 2,
          WebkitBoxOrient: 'vertical',
          overflow: 'hidden',
        }}
      >
        {event.title}
      </div>
    </div>
  );
}

interface CalendarViewProps {
  events: EventInput[];
  timeZone: string;
  language: UiLanguage;
  initialView: CalendarViewName;
  /** The view on screen (it sets the height). */
  view: CalendarViewName;
  initialDate: string | undefined;
  buttons: CalendarButtons;
  onDatesSet(range: DatesSetArg): void;
  onEventClick(click: EventClickArg): void;
  onEventDrop(drop: EventDropArg): void;
}

/**
 * FullCalendar with month, week and list views, in a named time zone (Luxon plugin), in French or
 * English. Posts are instants: they show at their time, moved by dragging to another day or hour.
 */
export function CalendarView(props: CalendarViewProps) {
  return (
    <FullCalendar
      plugins={PLUGINS}
      locales={[frLocale]}
      locale={props.language}
      timeZone={props.timeZone}
      initialView={props.initialView}
      initialDate={props.initialDate}
      headerToolbar={{ left: 'prev,next today', center: 'title', right: CALENDAR_VIEWS.join(',') }}
      events={props.events}
      buttonText={props.buttons}
      editable
      eventDurationEditable={false}
      eventDisplay="block"
      eventContent={EventContent}
      dayMaxEventRows={4}
      nowIndicator
      allDaySlot={false}
      height={props.view === 'timeGridWeek' ? WEEK_HEIGHT : 'auto'}
      scrollTime="07:00:00"
      eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: props.language === 'en' }}
      displayEventEnd={false}
      datesSet={props.onDatesSet}
      eventClick={props.onEventClick}
      eventDrop={props.onEventDrop}
    />
  );
}
