import { ErrorCode, FieldError, MAX_LISTENING_QUERIES_PER_BRAND } from '@relais/contracts';
import { DomainException } from '@relais/server-errors';

export enum ListeningQueryErrorReason {
  /** Missing, deleted, of another agency or of a brand out of the caller's scope: all answer the same. */
  NotFound = 'not_found',
  NameTaken = 'name_taken',
  TooMany = 'too_many',
}

function codeOf(reason: ListeningQueryErrorReason): ErrorCode {
  switch (reason) {
    case ListeningQueryErrorReason.NotFound:
      return ErrorCode.NotFound;
    case ListeningQueryErrorReason.NameTaken:
    case ListeningQueryErrorReason.TooMany:
      return ErrorCode.Conflict;
  }
}

const MESSAGES: Record<ListeningQueryErrorReason, string> = {
  [ListeningQueryErrorReason.NotFound]: 'Listening query not found',
  [ListeningQueryErrorReason.NameTaken]: 'Another query of the brand has this name',
  [ListeningQueryErrorReason.TooMany]: `A brand may have at most ${MAX_LISTENING_QUERIES_PER_BRAND} listening queries; delete one first`,
};

const FIELDS: Record<ListeningQueryErrorReason, FieldError[]> = {
  [ListeningQueryErrorReason.NotFound]: [],
  [ListeningQueryErrorReason.NameTaken]: [
    { field: 'name', message: 'another query of the brand has this name', constraint: 'taken' },
  ],
  [ListeningQueryErrorReason.TooMany]: [
    {
      field: 'brandId',
      message: `the brand already has ${MAX_LISTENING_QUERIES_PER_BRAND} queries`,
      constraint: 'maxQueries',
      params: { max: MAX_LISTENING_QUERIES_PER_BRAND },
    },
  ],
};

/** Why a listening query cannot be read or saved, as the caller sees it. */
export class ListeningQueryException extends DomainException {
  constructor(readonly reason: ListeningQueryErrorReason) {
    super(codeOf(reason), MESSAGES[reason], { fields: FIELDS[reason] });
  }
}
