export * from './events';
export * from './query.payload';
