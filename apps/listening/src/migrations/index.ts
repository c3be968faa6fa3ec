import { CreateEventTables1795700000000 } from './1795700000000-CreateEventTables';
import { CreateListeningTables1795700000001 } from './1795700000001-CreateListeningTables';
import { CreatePollingFunctions1795700000002 } from './1795700000002-CreatePollingFunctions';
import { AddWebhookDeliveries1795700000010 } from './1795700000010-AddWebhookDeliveries';
import { AddListeningQueries1795700000020 } from './1795700000020-AddListeningQueries';

/** The Postgres schema the listening service owns. */
export const SCHEMA = 'listening';

/** Every migration of the listening service, oldest first. */
export const migrations = [
  CreateEventTables1795700000000,
  CreateListeningTables1795700000001,
  CreatePollingFunctions1795700000002,
  AddWebhookDeliveries1795700000010,
  AddListeningQueries1795700000020,
];
