import type { ReviewDecisionKind, RoundOutcome } from '@relais/web-graphql';
import type { TFunction } from 'i18next';

/** The fields a round's changes name (see FieldChangeView in the approval contract). */
const FIELD_LABELS = {
  title: 'approval.fields.title',
  baseText: 'approval.fields.baseText',
  linkUrl: 'approval.fields.linkUrl',
  media: 'approval.fields.media',
  scheduledAt: 'approval.fields.scheduledAt',
  networks: 'approval.fields.networks',
  text: 'approval.fields.text',
  firstComment: 'approval.fields.firstComment',
} as const;

/** The actions the post history records (`post_transitions.action`). */
const HISTORY_ACTIONS = {
  created: 'approval.history.actions.created',
  edited: 'approval.history.actions.edited',
  submitted: 'approval.history.actions.submitted',
  withdrawn: 'approval.history.actions.withdrawn',
  approved: 'approval.history.actions.approved',
  changes_requested: 'approval.history.actions.changes_requested',
  scheduled: 'approval.history.actions.scheduled',
  unscheduled: 'approval.history.actions.unscheduled',
  rescheduled: 'approval.history.actions.rescheduled',
  published: 'approval.history.actions.published',
  failed: 'approval.history.actions.failed',
  occurrence_published: 'approval.history.actions.occurrence_published',
  occurrence_failed: 'approval.history.actions.occurrence_failed',
  archived: 'approval.history.actions.archived',
  restored: 'approval.history.actions.restored',
  commented: 'approval.history.actions.commented',
} as const;

function lookup<K extends string>(table: Readonly<Record<string, K>>, value: string): K | undefined {
  return Object.prototype.hasOwnProperty.call(table, value) ? table[value] : undefined;
}

/** The name of a changed field, or the field itself when the console does not know it. */
export function fieldLabel(t: TFunction, field: string): string {
  const key = lookup(FIELD_LABELS, field);
  return key ? t(key) : field;
}

export function outcomeLabel(t: TFunction, outcome: RoundOutcome): string {
  return t(`approval.outcome.${outcome}`);
}

export function decisionLabel(t: TFunction, decision: ReviewDecisionKind): string {
  return t(`approval.decision.${decision}`);
}

/** What a history entry did; an action the console does not know yet is a change, in the reader's language. */
export function historyActionLabel(t: TFunction, action: string): string {
  const key = lookup(HISTORY_ACTIONS, action);
  return t(key ?? 'approval.history.actions.other');
}
