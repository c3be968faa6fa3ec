import { ErrorCode, isErrorBody } from './errors';

describe('isErrorBody', () => {
  it('recognises an error body with a known code', () => {
    expect(isErrorBody({ code: ErrorCode.NotFound, message: 'Brand not found' })).toBe(true);
  });

  it('rejects unknown codes and other shapes', () => {
    expect(isErrorBody({ code: 'TEAPOT', message: 'no' })).toBe(false);
    expect(isErrorBody({ message: 'no code' })).toBe(false);
    expect(isErrorBody('NOT_FOUND')).toBe(false);
    expect(isErrorBody(null)).toBe(false);
  });
});
