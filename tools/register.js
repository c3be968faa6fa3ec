// Runs TypeScript sources directly (decorator metadata and tsconfig paths included) for tools and local runs.
process.env.SWC_NODE_PROJECT =
  process.env.SWC_NODE_PROJECT || require('path').join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
