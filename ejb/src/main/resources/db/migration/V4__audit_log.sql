-- The data-sharing log (verstrekkingslog): one row per event, chained per tenant by SHA-256
-- (prev_hash, hash), sequence numbers strictly +1 per tenant. audit_head holds each tenant's last
-- sequence number and hash; appends lock it (SELECT ... FOR UPDATE), so the chain never forks.
-- audit_checkpoint holds the Ed25519-signed checkpoints (also written to a file outside the
-- database). Events and checkpoints are append-only: triggers refuse UPDATE and DELETE for every
-- account; the application's account should not hold those privileges either (README).
CREATE TABLE audit_event (
  tenant_id      VARCHAR(64)  NOT NULL,
  seq            BIGINT       NOT NULL,
  occurred_at    DATETIME(6)  NOT NULL,
  actor_subject  VARCHAR(600) NOT NULL,
  actor_username VARCHAR(600) NOT NULL,
  actor_partner  VARCHAR(600) NULL,
  actor_roles    VARCHAR(600) NOT NULL,
  on_behalf_of   VARCHAR(600) NULL,
  action         VARCHAR(16)  NOT NULL,
  case_id        BIGINT       NULL,
  subject_ref    VARCHAR(64)  NULL,
  categories     VARCHAR(600) NULL,
  decision       VARCHAR(8)   NOT NULL,
  reason         VARCHAR(600) NULL,
  legal_basis    VARCHAR(600) NULL,
  purpose        VARCHAR(32)  NULL,
  origin_ip      VARCHAR(600) NULL,
  trace_id       VARCHAR(600) NOT NULL,
  break_glass    BOOLEAN      NOT NULL,
  prev_hash      BINARY(32)   NOT NULL,
  hash           BINARY(32)   NOT NULL,
  PRIMARY KEY (tenant_id, seq),
  KEY ix_audit_subject (tenant_id, subject_ref, seq),
  KEY ix_audit_actor (tenant_id, actor_username(100), seq),
  KEY ix_audit_partner (tenant_id, actor_partner(100), seq),
  KEY ix_audit_time (tenant_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE audit_head (
  tenant_id VARCHAR(64) NOT NULL PRIMARY KEY,
  seq       BIGINT      NOT NULL,
  hash      BINARY(32)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE audit_checkpoint (
  tenant_id VARCHAR(64)   NOT NULL,
  seq       BIGINT        NOT NULL,
  hash      BINARY(32)    NOT NULL,
  signed_at DATETIME(6)   NOT NULL,
  signature VARBINARY(128) NOT NULL,
  PRIMARY KEY (tenant_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
CREATE TRIGGER audit_checkpoint_append_only_update BEFORE UPDATE ON audit_checkpoint FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_checkpoint is append-only';
CREATE TRIGGER audit_checkpoint_append_only_delete BEFORE DELETE ON audit_checkpoint FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_checkpoint is append-only';
