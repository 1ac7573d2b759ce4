-- Runs after every migration run, that is at every start of the service: a configured BI password
-- (placeholder biPassword, from LEDGER_BI_PASSWORD) is set again, so changing it and restarting rotates it.
-- V6 created the role and set the password only once. An empty password leaves the role as it is.
DO $bi_password_rotation$
DECLARE
    -- as in V6: dollar quotes keep the password literal; the '#' lets Flyway see the placeholder
    new_password TEXT := substr($bi_password$#${biPassword}$bi_password$, 2);
BEGIN
    IF new_password <> '' AND EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_bi') THEN
        EXECUTE format('ALTER ROLE ledger_bi LOGIN PASSWORD %L', new_password);
    END IF;
END
$bi_password_rotation$;
