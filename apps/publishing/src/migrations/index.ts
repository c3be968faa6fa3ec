import { CreateEventTables1795600000000 } from './1795600000000-CreateEventTables';
import { CreatePublishingTables1795600000001 } from './1795600000001-CreatePublishingTables';
import { CreateDispatchFunctions1795600000002 } from './1795600000002-CreateDispatchFunctions';
import { ResumeStartSending1795600000003 } from './1795600000003-ResumeStartSending';
import { AddPublicationMedia1795600000100 } from './1795600000100-AddPublicationMedia';
import { AddPublicationParts1795600000200 } from './1795600000200-AddPublicationParts';

/** The Postgres schema the publishing service owns. */
export const SCHEMA = 'publishing';

/** Every migration of the publishing service, oldest first. */
export const migrations = [
  CreateEventTables1795600000000,
  CreatePublishingTables1795600000001,
  CreateDispatchFunctions1795600000002,
  ResumeStartSending1795600000003,
  AddPublicationMedia1795600000100,
  AddPublicationParts1795600000200,
];
