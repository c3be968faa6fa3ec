import { CreatePostTables1795500000000 } from './1795500000000-CreatePostTables';
import { CreateEventTables1795500000001 } from './1795500000001-CreateEventTables';
import { CreatePostTransitions1795500000002 } from './1795500000002-CreatePostTransitions';

/** The Postgres schema the content service owns. */
export const SCHEMA = 'content';

/** Every migration of the content service, oldest first. */
export const migrations = [
  CreatePostTables1795500000000,
  CreateEventTables1795500000001,
  CreatePostTransitions1795500000002,
];
