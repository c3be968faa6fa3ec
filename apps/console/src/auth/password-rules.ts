/** The API's password length rules, so the forms can say so before submitting. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
