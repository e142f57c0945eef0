-- The console's PostgreSQL roles: the projection of the audit topics lives in schema `projection`,
-- and nothing else in the database is theirs to read or change.
--   responder_console         the console workload (`responder projection run`): owns the schema,
--                             migrates it (Flyway) and writes the projection; a rebuild empties
--                             the schema and migrates it again, so no CREATE on the database.
--   responder_console_reader  people and tools reading history (`incidents --no-sync`, `timeline
--                             --no-sync`, `report --no-sync`, `audit verify`): SELECT only, so the
--                             audit trail cannot be edited by those who read it.
-- Run it as a superuser (or the database owner with CREATEROLE), connected to the database the
-- console writes to (the manifests use the CRM's, `crm`):
--   psql "$CRM_ADMIN_URL" -f deploy/postgres/console-role.sql
--   psql "$CRM_ADMIN_URL" -c "ALTER ROLE responder_console PASSWORD '...'"
--   psql "$CRM_ADMIN_URL" -c "ALTER ROLE responder_console_reader PASSWORD '...'"
-- It can be run again: every statement is idempotent. ConsoleDatabaseRoleIT applies it to a real
-- PostgreSQL, runs the projection service and a rebuild as responder_console and reads as the
-- reader.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'responder_console') THEN
    CREATE ROLE responder_console LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'responder_console_reader') THEN
    CREATE ROLE responder_console_reader LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

DO $$
BEGIN
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO responder_console, responder_console_reader',
                 current_database());
END
$$;

-- The schema the console owns. An install from before this script (when the console's role could
-- create it) may already have it: it is handed to the role either way.
CREATE SCHEMA IF NOT EXISTS projection AUTHORIZATION responder_console;
ALTER SCHEMA projection OWNER TO responder_console;

-- Readers see what is there now and every table or view the console creates later (a rebuild or a
-- new migration creates them again).
GRANT USAGE ON SCHEMA projection TO responder_console_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA projection TO responder_console_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE responder_console IN SCHEMA projection
  GRANT SELECT ON TABLES TO responder_console_reader;
