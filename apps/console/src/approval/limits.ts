/** The longest comment, note or decision text the API takes (`MAX_REVIEW_NOTE` of the approval payloads). */
export const COMMENT_MAX_LENGTH = 4000;
