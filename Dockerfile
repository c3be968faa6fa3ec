# syntax=docker/dockerfile:1
# The image of every Relais service (the console has its own: a static build served by nginx).
# Build from the repository root, naming the app and its HTTP port (health, metrics, or the API itself):
#   docker build --build-arg SERVICE=clients --build-arg HTTP_PORT=3101 -t relais/clients .
# docker-compose.yml passes each service's arguments. The build stage compiles the TypeScript to
# plain JavaScript (`npm run build:services`, swc); the image runs that, without a compiler loaded.

FROM node:22-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
# `npm install --no-save` covers lockfiles that lack another platform's optional binaries.
RUN npm ci --omit=dev --no-audit --no-fund \
  || npm install --omit=dev --no-save --no-audit --no-fund \
  && npm cache clean --force

FROM node:22-bookworm-slim AS build
WORKDIR /app
ARG SERVICE
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json tsconfig.base.json ./
COPY tools/register.js ./tools/register.js
COPY tools/build ./tools/build
COPY libs ./libs
COPY apps/${SERVICE}/src ./apps/${SERVICE}/src
RUN node -r ./tools/register.js tools/build/build-services.ts "$SERVICE"

FROM node:22-bookworm-slim AS runtime
# The folder under apps/ (clients, content, publishing, gateway, sandbox-networks).
ARG SERVICE
ARG HTTP_PORT
# Other ports the app listens on (sandbox-networks: one per emulated network).
ARG EXTRA_PORTS=""
# Folders the app writes to, owned by its user (content: the local media folder).
ARG WRITABLE_DIRS=""
# Debian packages the app runs (content: ffmpeg, whose ffprobe and ffmpeg read and clean videos).
ARG APT_PACKAGES=""
RUN test -n "$SERVICE" && test -n "$HTTP_PORT" \
  || { echo 'build with --build-arg SERVICE=<folder under apps/> --build-arg HTTP_PORT=<port>' >&2; exit 1; }
ENV NODE_ENV=production \
    SERVICE=${SERVICE} \
    HTTP_PORT=${HTTP_PORT}
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
RUN if [ -n "$APT_PACKAGES" ]; then \
      apt-get update && apt-get install -y --no-install-recommends $APT_PACKAGES \
      && rm -rf /var/lib/apt/lists/*; \
    fi
RUN if [ -n "$WRITABLE_DIRS" ]; then mkdir -p $WRITABLE_DIRS && chown node:node $WRITABLE_DIRS; fi
USER node
EXPOSE ${HTTP_PORT} ${EXTRA_PORTS}
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.HTTP_PORT + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `exec`: node is the container's first process and receives SIGTERM itself (graceful shutdown).
CMD ["sh", "-c", "exec node \"dist/apps/$SERVICE/src/main.js\""]
