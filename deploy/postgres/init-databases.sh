#!/usr/bin/env bash
# One database AND one role per Palli service: each service logs in as its own role, with its own
# password, and that role can connect to its own database only. No service can read another's data
# (and no cross-database joins are possible).
#
# The postgres image runs this once, as POSTGRES_USER, when the data volume is empty. It is
# idempotent, so it is also how an existing server gets a missing service, or a new password for a
# role: set the <SERVICE>_DB_PASSWORD variables and run it again inside the container:
#   docker compose -f deploy/docker-compose.yml exec postgres bash /docker-entrypoint-initdb.d/init-databases.sh
#
# For each service it:
#   - creates the LOGIN role <service> (or sets its password) from <SERVICE>_DB_PASSWORD;
#   - creates the database <service> owned by that role (so its migrate job can create tables);
#   - revokes CONNECT (and TEMPORARY) on it from PUBLIC, so only its owner and superusers connect;
# and revokes CONNECT on the maintenance database `postgres` and on template1 from PUBLIC too.
set -euo pipefail

SERVICES="${PALLI_DB_SERVICES:-members lending savings training marketplace ledger notifications webhooks gateway}"

run_psql() {
  psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "${POSTGRES_USER:-postgres}" --dbname postgres "$@"
}

for service in $SERVICES; do
  var="$(echo "$service" | tr '[:lower:]-' '[:upper:]_')_DB_PASSWORD"
  password="${!var:-}"
  if [ -z "$password" ]; then
    echo "init-databases: $var is not set; refusing to create role $service without a password" >&2
    exit 1
  fi
  # psql variables: :"name" quotes an identifier, :'name' a literal, so no value is spliced as SQL.
  run_psql -v svc="$service" -v pw="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'svc') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'svc')
\gexec
ALTER ROLE :"svc" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'pw';
SELECT format('CREATE DATABASE %I OWNER %I', :'svc', :'svc') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'svc')
\gexec
ALTER DATABASE :"svc" OWNER TO :"svc";
REVOKE ALL ON DATABASE :"svc" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"svc" TO :"svc";
SQL
  echo "init-databases: role and database $service ready"
done

run_psql <<'SQL'
REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;
REVOKE CONNECT ON DATABASE template1 FROM PUBLIC;
SQL
