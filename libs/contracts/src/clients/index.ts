export * from './locale';
export * from './views';
export * from './auth.payload';
export * from './brand.payload';
export * from './account.payload';
export * from './connection.payload';
export * from './team.payload';
export * from './events';
