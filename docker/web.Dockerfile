# syntax=docker/dockerfile:1.7
# Balss web: the Angular build served by nginx, which also proxies /api to the api (one origin, as in
# `npm start`). Build from the repository root:
#   docker build -f docker/web.Dockerfile -t balss-web .
# Runtime setting: API_UPSTREAM (host:port of the api, default api:3000).

FROM node:20-slim AS build
WORKDIR /repo
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false CI=true
COPY package.json package-lock.json ./
# npm/cli#4828: some npm versions reject this lockfile in `npm ci` for optional platform packages it
# lacks; `npm install --no-save` still installs every version the lockfile pins.
RUN npm ci --no-audit --no-fund || npm install --no-save --no-audit --no-fund
COPY . .
RUN npx nx build web --outputStyle=static

# The unprivileged variant runs as user nginx (101) and listens on 8080.
FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
ENV API_UPSTREAM=api:3000
# Rendered by the image's entrypoint with envsubst into /etc/nginx/conf.d/default.conf at start.
COPY docker/nginx/default.conf.template /etc/nginx/templates/default.conf.template
COPY --from=build /repo/dist/frontend/web/browser /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --retries=3 CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
