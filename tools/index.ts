/**
 * @relais/dev-platform: the development platform that tests, the browser tests and the benchmark run
 * Relais on. `startPlatform` starts every app as a child process with consistent local settings;
 * `seedDemo` fills a running platform with the demo agency through the services' NATS requests.
 * Tests only: production code never imports it (eslint.config.mjs).
 */
export * from './platform';
export * from './seed';
export { DEMO_POSTS } from './demo/demo-post-texts';
export * from './demo/demo-posts';
export * from './demo/requester';
export { compiledEntry, compileServices } from './build/compile-services';
