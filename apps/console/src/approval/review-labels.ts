import type { TFunction } from 'i18next';

const FIELD_LABELS = {
  title: 'approval.fields.title',
  baseText: 'approval.fields.baseText',
  linkUrl: 'approval.fields.linkUrl',
  text: 'approval.fields.text',
  firstComment: 'approval.fields.firstComment',
  media: 'approval.fields.media',
  mediaIds: 'approval.fields.media',
  scheduledAt: 'approval.fields.scheduledAt',
  targets: 'approval.fields.targets',
} as const;

const OUTCOMES = {
  APPROVED: 'approval.outcome.APPROVED',
  CHANGES_REQUESTED: 'approval.outcome.CHANGES_REQUESTED',
  WITHDRAWN: 'approval.outcome.WITHDRAWN',
} as const;

const DECISIONS = {
  APPROVED: 'approval.decision.APPROVED',
  APPROVE: 'approval.decision.APPROVED',
  CHANGES_REQUESTED: 'approval.decision.CHANGES_REQUESTED',
  REQUEST_CHANGES: 'approval.decision.CHANGES_REQUESTED',
  COMMENT: 'approval.decision.COMMENT',
  COMMENTED: 'approval.decision.COMMENT',
} as const;

const HISTORY_ACTIONS = {
  CREATE: 'approval.history.actions.CREATE',
  UPDATE: 'approval.history.actions.UPDATE',
  SUBMIT: 'approval.history.actions.SUBMIT',
  WITHDRAW: 'approval.history.actions.WITHDRAW',
  APPROVE: 'approval.history.actions.APPROVE',
  REQUEST_CHANGES: 'approval.history.actions.REQUEST_CHANGES',
  SCHEDULE: 'approval.history.actions.SCHEDULE',
  UNSCHEDULE: 'approval.history.actions.UNSCHEDULE',
  PUBLISH: 'approval.history.actions.PUBLISH',
  FAIL: 'approval.history.actions.FAIL',
  ARCHIVE: 'approval.history.actions.ARCHIVE',
  RESTORE: 'approval.history.actions.RESTORE',
} as const;

function lookup<K extends string>(table: Record<string, K>, value: string): K | undefined {
  return Object.prototype.hasOwnProperty.call(table, value) ? table[value] : undefined;
}

/** Accepts `base_text`, `baseText` and `BASE_TEXT` alike. */
function camel(value: string): string {
  const lower = value.toLowerCase();
  if (!value.includes('_') && value !== value.toUpperCase()) return value;
  return lower.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** The name of a changed field (`variants.text` → "Text"), or the field itself when unknown. */
export function fieldLabel(t: TFunction, field: string): string {
  const last = field.split('.').pop() ?? field;
  const key = lookup(FIELD_LABELS, camel(last));
  return key ? t(key) : field;
}

export function outcomeLabel(t: TFunction, outcome: string): string {
  const key = lookup(OUTCOMES, outcome.toUpperCase());
  return key ? t(key) : outcome;
}

export function decisionLabel(t: TFunction, decision: string): string {
  const key = lookup(DECISIONS, decision.toUpperCase());
  return key ? t(key) : decision;
}

export function historyActionLabel(t: TFunction, action: string): string {
  const key = lookup(HISTORY_ACTIONS, action.toUpperCase().replace(/[ .-]/g, '_'));
  return key ? t(key) : action;
}
