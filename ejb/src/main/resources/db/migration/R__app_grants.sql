-- What the application's own account may do. Flyway runs this as the schema owner (Liberty's
-- jdbc/casustafel-owner), which therefore needs the GRANT OPTION on the schema. ${appAccounts} is
-- the application's account, one per host it connects from, e.g. 'casustafel_app'@'%': Liberty
-- builds it from CASUSTAFEL_DB_USER and CASUSTAFEL_DB_APP_HOSTS; the Flyway command line takes it
-- as -placeholders.appAccounts="'casustafel_app'@'%'". The account must exist (CREATE USER by the
-- operator; by the embedded launcher locally): MariaDB refuses to grant to an unknown account.
--
-- Repeatable: Flyway applies it again whenever this file or the value of ${appAccounts} changes
-- (the checksum of a repeatable migration covers its placeholders), after the versioned ones.
--
-- THE RULE FOR NEW TABLES: a migration that creates a table adds that table's GRANT here in the
-- same change; a table without a line here is invisible to the application (fail-closed), and
-- AppGrantsTest fails the build. GRANT only ever adds: taking a privilege away needs a REVOKE in a
-- versioned migration. The application's account gets table privileges only: no CREATE, ALTER,
-- DROP, INDEX, TRIGGER or GRANT OPTION anywhere, and never a grant on the whole schema (ON db.*),
-- which would cover the log's tables as well.

-- The data-sharing log is append-only. The triggers refuse UPDATE and DELETE for every account;
-- without UPDATE, DELETE and TRIGGER the application's account cannot drop them either.
GRANT SELECT, INSERT ON audit_event TO ${appAccounts};
GRANT SELECT, INSERT ON audit_checkpoint TO ${appAccounts};
-- The chain head moves with every append (INSERT ... ON DUPLICATE KEY UPDATE, SELECT ... FOR
-- UPDATE, UPDATE); it is never deleted.
GRANT SELECT, INSERT, UPDATE ON audit_head TO ${appAccounts};

-- Business tables: the application is their system of record (and will delete what the
-- covenant's retention period ends).
GRANT SELECT, INSERT, UPDATE, DELETE ON tenant TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON partner TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_partner TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_municipality TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON role_revocation TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON covenant TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON covenant_article TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON covenant_membership TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON covenant_grant TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON client TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON case_file TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON case_lead_handover TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON case_participation TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON confidentiality_statement TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON case_information TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON client_alias TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON case_status_change TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON referral TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON care_episode TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON case_meeting TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON case_break_glass TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON client_merge TO ${appAccounts};
-- Case conferences: the director replans agendas, minutes and agreements; retention deletes them.
GRANT SELECT, INSERT, UPDATE, DELETE ON conference_series TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON conference TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON agenda_item TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON agenda_invitee TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON attendance TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON minutes_paragraph TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON agreement TO ${appAccounts};
-- Retention: an executed list loses its entries; records and figures are never deleted.
GRANT SELECT, INSERT, UPDATE, DELETE ON destruction_list TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON destruction_entry TO ${appAccounts};
GRANT SELECT, INSERT ON destruction_record TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE ON yearly_figure TO ${appAccounts};
-- The mensenhandel line of work: reviews may be corrected; their hand-overs are only appended. The
-- on-call rota is kept; a crisis card is kept with its case and goes with it.
GRANT SELECT, INSERT, UPDATE, DELETE ON advertisement_review TO ${appAccounts};
GRANT SELECT, INSERT ON advertisement_handover TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON on_call_shift TO ${appAccounts};
GRANT SELECT, INSERT, UPDATE, DELETE ON crisis_card TO ${appAccounts};
-- The outbox of outgoing mail: the sender marks a mail sent or failed; rows are kept as the record
-- of what was sent.
GRANT SELECT, INSERT, UPDATE ON mail_outbox TO ${appAccounts};

-- The health check reports the applied schema version.
GRANT SELECT ON flyway_schema_history TO ${appAccounts};
