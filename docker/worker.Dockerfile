# syntax=docker/dockerfile:1.7
# Balss worker (BullMQ processors in a Nest application context). Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t balss-worker .
# It does not migrate: start it after the api (compose waits for the api to be healthy).

FROM node:20-slim AS build
WORKDIR /repo
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false CI=true
COPY package.json package-lock.json ./
# npm/cli#4828: some npm versions reject this lockfile in `npm ci` for optional platform packages it
# lacks; `npm install --no-save` still installs every version the lockfile pins.
RUN npm ci --no-audit --no-fund || npm install --no-save --no-audit --no-fund
COPY . .
RUN npx nx build worker --outputStyle=static

FROM node:20-slim AS deps
WORKDIR /app
COPY --from=build /repo/dist/backend/worker/package.json /repo/dist/backend/worker/package-lock.json ./
# See api.Dockerfile: fall back to `npm install` when Nx had to write the unpruned root lockfile.
RUN npm ci --omit=dev --no-audit --no-fund \
 || (echo 'pruned lockfile unusable; installing from the root lockfile instead' \
     && npm install --omit=dev --no-save --no-audit --no-fund) \
 && npm cache clean --force

FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /repo/dist/backend/worker ./
USER node
CMD ["node", "main.js"]
