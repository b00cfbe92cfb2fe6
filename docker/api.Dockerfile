# syntax=docker/dockerfile:1.7
# Balss api (NestJS). Build from the repository root:
#   docker build -f docker/api.Dockerfile -t balss-api .
# The entrypoint applies database migrations, then execs the server.

# --- 1. build: the whole workspace, because the api bundles its libraries (libs/, backend/platform, …)
FROM node:20-slim AS build
WORKDIR /repo
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false CI=true
COPY package.json package-lock.json ./
# npm/cli#4828: some npm versions reject this lockfile in `npm ci` for optional platform packages it
# lacks; `npm install --no-save` still installs every version the lockfile pins.
RUN npm ci --no-audit --no-fund || npm install --no-save --no-audit --no-fund
COPY . .
# Emits dist/backend/api/{main.js,cli.js} plus a package.json (and lockfile) listing only what they import.
RUN npx nx build api --outputStyle=static

# --- 2. production dependencies of the api alone, from the package.json Nx generated in dist
FROM node:20-slim AS deps
WORKDIR /app
COPY --from=build /repo/dist/backend/api/package.json /repo/dist/backend/api/package-lock.json ./
# When Nx cannot prune the lockfile it writes the root one instead, which `npm ci` rejects as out of sync
# with the pruned package.json; `npm install` then still takes every version from that lockfile.
RUN npm ci --omit=dev --no-audit --no-fund \
 || (echo 'pruned lockfile unusable; installing from the root lockfile instead' \
     && npm install --omit=dev --no-save --no-audit --no-fund) \
 && npm cache clean --force

# --- 3. runtime: node, the bundle, its production dependencies; no compiler, no dev tools, not root
FROM node:20-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /repo/dist/backend/api ./
COPY --chmod=0755 docker/api-entrypoint.sh /usr/local/bin/balss-api-entrypoint
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["balss-api-entrypoint"]
