import { QueryFailedError } from 'typeorm';
import { isTransientDatabaseError, retryDelayMs } from './database-retry';

const failed = (fields: { code: string }) =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error('failed'), fields));

describe('transient database errors', () => {
  it.each([
    ['a deadlock', failed({ code: '40P01' })],
    ['a server restarting', failed({ code: '57P01' })],
    ['a server starting', failed({ code: '57P03' })],
    ['a connection failure', failed({ code: '08006' })],
    ['a connection cut under a query', new Error('Connection terminated unexpectedly')],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
  ])('asks again after %s', (_, error) => {
    expect(isTransientDatabaseError(error)).toBe(true);
  });

  it.each([
    ['a unique violation', failed({ code: '23505' })],
    ['a syntax error', failed({ code: '42601' })],
    ['a plain bug', new TypeError('row is undefined')],
    ['nothing at all', undefined],
  ])('does not ask again after %s', (_, error) => {
    expect(isTransientDatabaseError(error)).toBe(false);
  });

  it('backs off from 50 ms, doubling, never more than a second', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelayMs)).toEqual([50, 100, 200, 400, 800, 1000, 1000]);
  });
});
