-- Roles and database for Relais, for a DBA without Node at hand:
--   psql "$DATABASE_SUPERUSER_URL" -v db=relais -f tools/db/bootstrap.sql
-- `npm run migrate` does the same through bootstrapDatabase() (@relais/server-database), which is the
-- reference; tools/db/bootstrap.spec.ts keeps the two in step. Set passwords afterwards in production:
--   ALTER ROLE relais_owner PASSWORD '...'; ALTER ROLE relais_app PASSWORD '...';
\set ON_ERROR_STOP on

SELECT pg_advisory_lock(7246001);

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'relais_owner') THEN
    CREATE ROLE relais_owner LOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'relais_app') THEN
    CREATE ROLE relais_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
ALTER ROLE relais_app NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;

SELECT format('CREATE DATABASE %I OWNER relais_owner', :'db')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')
\gexec

SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO relais_app', :'db') \gexec
SELECT format('GRANT ALL ON DATABASE %I TO relais_owner', :'db') \gexec

SELECT pg_advisory_unlock(7246001);

\connect :db
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO relais_owner;
