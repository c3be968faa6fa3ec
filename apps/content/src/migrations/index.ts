import { CreatePostTables1795500000000 } from './1795500000000-CreatePostTables';
import { CreateEventTables1795500000001 } from './1795500000001-CreateEventTables';
import { CreatePostTransitions1795500000002 } from './1795500000002-CreatePostTransitions';
import { CreateApprovalTables1795500000300 } from './1795500000300-CreateApprovalTables';
import { CreateComments1795500000301 } from './1795500000301-CreateComments';
import { CreateReviewLinks1795500000302 } from './1795500000302-CreateReviewLinks';
import { CreateNotifications1795500000400 } from './1795500000400-CreateNotifications';
import { CreateFeedsAndIdeas1795500000401 } from './1795500000401-CreateFeedsAndIdeas';
import { AddRecurrenceAndPostingSlots1795500000500 } from './1795500000500-AddRecurrenceAndPostingSlots';
import { AddPostFailedNotifications1795500000600 } from './1795500000600-AddPostFailedNotifications';
import { AddRecurringPostsIndex1795500000700 } from './1795500000700-AddRecurringPostsIndex';
import { CreateLinkCards1795500000870 } from './1795500000870-CreateLinkCards';
import { AddNotificationSummaries1795500000880 } from './1795500000880-AddNotificationSummaries';
import { AddThreadParts1795500000900 } from './1795500000900-AddThreadParts';

/** The Postgres schema the content service owns. */
export const SCHEMA = 'content';

/** Every migration of the content service, oldest first. */
export const migrations = [
  CreatePostTables1795500000000,
  CreateEventTables1795500000001,
  CreatePostTransitions1795500000002,
  CreateApprovalTables1795500000300,
  CreateComments1795500000301,
  CreateReviewLinks1795500000302,
  CreateNotifications1795500000400,
  CreateFeedsAndIdeas1795500000401,
  AddRecurrenceAndPostingSlots1795500000500,
  AddPostFailedNotifications1795500000600,
  AddRecurringPostsIndex1795500000700,
  CreateLinkCards1795500000870,
  AddNotificationSummaries1795500000880,
  AddThreadParts1795500000900,
];
