-- Retention (issue "Client-following registry", part 9): storage limitation, AVG (GDPR) art.
-- 5(1)(e). Each day a destruction list is proposed per tenant from the covenant's retention period;
-- the ZVH manager approves it and the approved cases and persons are deleted in one transaction.
-- What remains holds no personal data: what kind of record was destroyed, when, on whose approval,
-- and the yearly figures. The data-sharing log keeps its own retention and is not touched.

-- A proposed list. built_for_day is the Amsterdam day it was built for; the daily job builds at
-- most one list per tenant and day. approved_by is the approving manager's user name.
CREATE TABLE destruction_list (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(64)  NOT NULL,
  built_at       DATETIME(6)  NOT NULL,
  built_for_day  DATE         NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  approved_by    VARCHAR(200) NULL,
  approved_at    DATETIME(6)  NULL,
  executed_at    DATETIME(6)  NULL,
  KEY ix_destruction_list_day (tenant_id, built_for_day, status),
  CONSTRAINT fk_destruction_list_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_destruction_list_status
    CHECK (status IN ('PROPOSED', 'APPROVED', 'EXECUTED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One case (kind CASE) or one person (kind CLIENT) on a list, with what the manager reviews: the
-- case reference, type, closure and the last day it is kept; never the person's name. No foreign
-- keys to case_file or client; the entries of an executed list are deleted with what they name.
CREATE TABLE destruction_entry (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(64) NOT NULL,
  list_id       BIGINT      NOT NULL,
  kind          VARCHAR(8)  NOT NULL,
  case_id       BIGINT      NULL,
  client_id     BIGINT      NULL,
  reference     VARCHAR(32) NULL,
  case_type     VARCHAR(32) NULL,
  closed_at     DATETIME(6) NULL,
  destroy_after DATE        NULL,
  KEY ix_destruction_entry_list (list_id),
  CONSTRAINT fk_destruction_entry_list FOREIGN KEY (list_id) REFERENCES destruction_list (id),
  CONSTRAINT ck_destruction_entry_kind CHECK (kind IN ('CASE', 'CLIENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- What was destroyed: the kind of record, when, on whose approval, and for a case its type and the
-- Amsterdam years of opening and closure. Nothing that identifies the person: no id, no reference.
CREATE TABLE destruction_record (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(64)  NOT NULL,
  list_id      BIGINT       NOT NULL,
  kind         VARCHAR(8)   NOT NULL,
  destroyed_at DATETIME(6)  NOT NULL,
  approved_by  VARCHAR(200) NOT NULL,
  case_type    VARCHAR(32)  NULL,
  opened_year  SMALLINT     NULL,
  closed_year  SMALLINT     NULL,
  KEY ix_destruction_record (tenant_id, destroyed_at),
  CONSTRAINT fk_destruction_record_list FOREIGN KEY (list_id) REFERENCES destruction_list (id),
  CONSTRAINT ck_destruction_record_kind CHECK (kind IN ('CASE', 'CLIENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The yearly figures that must stay right after destruction: per Amsterdam year of opening, case
-- type and exploitation form ('NONE' when the case has none) the number of DESTROYED cases. The
-- figures shown are the cases still held plus these, so destroying a case never changes them.
CREATE TABLE yearly_figure (
  id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(64) NOT NULL,
  opened_year       SMALLINT    NOT NULL,
  case_type         VARCHAR(32) NOT NULL,
  exploitation_form VARCHAR(32) NOT NULL,
  destroyed_cases   INT         NOT NULL,
  CONSTRAINT uq_yearly_figure UNIQUE (tenant_id, opened_year, case_type, exploitation_form),
  CONSTRAINT fk_yearly_figure_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_yearly_figure_count CHECK (destroyed_cases >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
