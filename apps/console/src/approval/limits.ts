/** The longest comment, note or decision text the API takes (see the approval payloads). */
export const COMMENT_MAX_LENGTH = 5000;
