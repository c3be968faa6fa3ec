import approvalEn from './approval.en.json';
import approvalFr from './approval.fr.json';
import calendarEn from './calendar.en.json';
import calendarFr from './calendar.fr.json';
import connectEn from './connect.en.json';
import connectFr from './connect.fr.json';
import coreEn from './en.json';
import coreFr from './fr.json';
import ideasEn from './ideas.en.json';
import ideasFr from './ideas.fr.json';
import mediaEn from './media.en.json';
import mediaFr from './media.fr.json';
import notificationsEn from './notifications.en.json';
import notificationsFr from './notifications.fr.json';
import postsEn from './posts.en.json';
import postsFr from './posts.fr.json';
import publishingEn from './publishing.en.json';
import publishingFr from './publishing.fr.json';
import reviewEn from './review.en.json';
import reviewFr from './review.fr.json';

/**
 * The console's texts, one catalogue per language. Each area keeps its texts in its own file
 * (`<area>.<language>.json`, one top-level key named after the area); the core ones are `en.json`/`fr.json`.
 */
export const en = {
  ...coreEn,
  ...postsEn,
  ...calendarEn,
  ...mediaEn,
  ...approvalEn,
  ...reviewEn,
  ...notificationsEn,
  ...ideasEn,
  ...publishingEn,
  ...connectEn,
};

export const fr: typeof en = {
  ...coreFr,
  ...postsFr,
  ...calendarFr,
  ...mediaFr,
  ...approvalFr,
  ...reviewFr,
  ...notificationsFr,
  ...ideasFr,
  ...publishingFr,
  ...connectFr,
};
