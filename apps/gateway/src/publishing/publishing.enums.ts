import { registerEnumType } from '@nestjs/graphql';
import {
  PUBLISH_STEPS,
  PublicationStatus,
  PublishFailureCode,
  RecurrenceFrequency,
  ScheduleMode,
} from '@relais/contracts';
import { upperCaseEnum } from '../graphql/enums';

export const PublicationStatusEnum = upperCaseEnum(PublicationStatus);
export const PublishFailureCodeEnum = upperCaseEnum(PublishFailureCode);
export const PublishStepEnum = upperCaseEnum(Object.fromEntries(PUBLISH_STEPS.map((step) => [step, step])));
export const ScheduleModeEnum = upperCaseEnum(ScheduleMode);
export const RecurrenceFrequencyEnum = upperCaseEnum(RecurrenceFrequency);

registerEnumType(PublicationStatusEnum, {
  name: 'PublicationStatus',
  description:
    'Where one account’s publication stands: PENDING → CLAIMED → SENDING → PUBLISHED or FAILED; UNKNOWN while an answer that got lost is checked with the network; CANCELLED when it was never sent.',
});
registerEnumType(PublishFailureCodeEnum, {
  name: 'PublishFailureCode',
  description: 'Why a publication failed, in terms a person can act on.',
});
registerEnumType(PublishStepEnum, {
  name: 'PublishStep',
  description:
    'The step of a send: UPLOAD (media sent to the network), PROCESSING (the network preparing the media), POST (the post itself). A failure while uploading or processing posted nothing, so a retry is safe.',
});
registerEnumType(ScheduleModeEnum, {
  name: 'ScheduleMode',
  description:
    'AT: the instant given (or the slot the post has); NEXT_SLOT: the brand’s next free posting slot; NOW: at once.',
});
registerEnumType(RecurrenceFrequencyEnum, {
  name: 'RecurrenceFrequency',
  description: 'DAILY: every `interval` days; WEEKLY: every `interval` weeks on `weekdays`.',
});
