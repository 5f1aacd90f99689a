#!/bin/sh
# One role and one schema per service; each role reaches its own schema only.
set -eu
for svc in applications jury training resources notifications; do
    password_variable="$(echo "$svc" | tr a-z A-Z)_DB_PASSWORD"
    eval "password=\${$password_variable:?$password_variable is required}"
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
         -v role="$svc" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password') \gexec
SELECT format('CREATE SCHEMA %I AUTHORIZATION %I', :'role', :'role') \gexec
SELECT format('ALTER ROLE %I SET search_path = %I', :'role', :'role') \gexec
SELECT format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', :'role') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), :'role') \gexec
SQL
done
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -c "REVOKE ALL ON SCHEMA public FROM PUBLIC" -c "REVOKE ALL ON DATABASE $POSTGRES_DB FROM PUBLIC"
# The resource centre's accent-insensitive search: unaccent, in a schema of its own that only
# the resources role may use (an extension is created by the database's owner).
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -c "CREATE SCHEMA extensions" -c "REVOKE ALL ON SCHEMA extensions FROM PUBLIC" \
     -c "CREATE EXTENSION unaccent WITH SCHEMA extensions" -c "GRANT USAGE ON SCHEMA extensions TO resources"
