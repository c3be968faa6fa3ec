# syntax=docker/dockerfile:1
# One-shot migrations for every service (the compose `migrate` service and the Kubernetes Job):
# creates the roles and the database when missing, then runs each service's migrations.
# Build from the repository root: docker build -f tools/deploy/migrate.Dockerfile .

FROM node:22-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
# `npm install --no-save` covers lockfiles that lack another platform's optional binaries.
RUN npm ci --omit=dev --no-audit --no-fund \
  || npm install --omit=dev --no-save --no-audit --no-fund \
  && npm cache clean --force

# The services' sources (their migrations and entities), without the console.
FROM node:22-bookworm-slim AS sources
WORKDIR /app
COPY apps ./apps
RUN rm -rf apps/console && find apps -mindepth 2 -maxdepth 2 ! -name src -exec rm -rf {} +

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json tsconfig.base.json ./
COPY tools/register.js tools/migrate.ts tools/services.ts ./tools/
COPY tools/db/migrate.config.ts ./tools/db/
COPY libs/contracts ./libs/contracts
COPY libs/server ./libs/server
COPY --from=sources /app/apps ./apps
USER node
CMD ["node", "-r", "./tools/register.js", "tools/migrate.ts"]
