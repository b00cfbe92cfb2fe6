#!/bin/sh
# Apply pending migrations before the api serves a single request (TypeORM records what ran, so a restart
# re-applies nothing; with several replicas, migrate once as a one-off `docker compose run api` first).
# Then replace this shell with node, so `docker stop` delivers SIGTERM to the server itself.
set -eu
cd /app
node cli.js migrate
exec node main.js "$@"
