export * from './publication.payload';
export * from './events';
