import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('hides signed tokens in paths', () => {
    const token = 'eyJtIjoiMTIzIiwiZSI6MTc5NTU1NTU1NX0.Xk3fP0qL9s8d7f6g5h4j3k2l1';
    expect(redactUrl(`/media/files/${token}`)).toBe('/media/files/[redacted]');
    expect(redactUrl(`/media/uploads/${token}`)).toBe('/media/uploads/[redacted]');
  });

  it('keeps ids, short segments and routes readable', () => {
    const id = '4f1c2b8e-9a0d-4c3e-8f7a-1b2c3d4e5f60';
    expect(redactUrl(`/posts/${id}`)).toBe(`/posts/${id}`);
    expect(redactUrl('/health/ready')).toBe('/health/ready');
    expect(redactUrl('/graphql')).toBe('/graphql');
  });

  it('hides query values, keeping their names', () => {
    expect(redactUrl('/media/files/x?X-Amz-Signature=abc&X-Amz-Expires=300')).toBe(
      '/media/files/x?X-Amz-Signature=[redacted]&X-Amz-Expires=[redacted]',
    );
  });

  it('passes undefined through', () => {
    expect(redactUrl(undefined)).toBeUndefined();
  });
});
