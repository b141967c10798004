-- Cases (casussen) and what the policy decision point needs to know of them: the client, the
-- partners that participate (casusdeelname), the confidentiality statements of ad-hoc partners and
-- the case information, each item of exactly one data category. Every row carries tenant_id, the
-- discriminator EclipseLink filters on (@Multitenant SINGLE_TABLE).
-- Instants are stored as UTC DATETIME(6) (microseconds; no 2038 limit as with TIMESTAMP).

-- The article of the covenant on which a partner signed (core, restricted, ad hoc): quoted when a
-- category falls outside what that membership grants.
ALTER TABLE covenant_membership ADD COLUMN article VARCHAR(32) NULL;

CREATE TABLE client (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(64)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  date_of_birth DATE         NULL,
  CONSTRAINT fk_client_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE case_file (
  id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id         VARCHAR(64) NOT NULL,
  reference         VARCHAR(32) NOT NULL,
  type              VARCHAR(32) NOT NULL,
  exploitation_form VARCHAR(32) NULL,
  status            VARCHAR(16) NOT NULL,
  lead_partner_id   VARCHAR(64) NOT NULL,
  client_id         BIGINT      NOT NULL,
  opened_at         DATETIME(6) NOT NULL,
  CONSTRAINT uq_case_reference UNIQUE (tenant_id, reference),
  CONSTRAINT fk_case_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_case_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_case_lead FOREIGN KEY (lead_partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Handing over the lead (the controller of record) is an event of its own, never an overwrite.
CREATE TABLE case_lead_handover (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(64)  NOT NULL,
  case_id       BIGINT       NOT NULL,
  from_partner  VARCHAR(64)  NOT NULL,
  to_partner    VARCHAR(64)  NOT NULL,
  handed_over_at DATETIME(6) NOT NULL,
  handed_over_by VARCHAR(200) NOT NULL,
  CONSTRAINT fk_handover_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE case_participation (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id   VARCHAR(64)  NOT NULL,
  case_id     BIGINT       NOT NULL,
  partner_id  VARCHAR(64)  NOT NULL,
  invited_by  VARCHAR(200) NOT NULL,
  invited_at  DATETIME(6) NOT NULL,
  until       DATETIME(6) NULL,
  revoked_at  DATETIME(6) NULL,
  revoked_by  VARCHAR(200) NULL,
  KEY ix_participation_partner (tenant_id, partner_id, revoked_at),
  CONSTRAINT fk_participation_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_participation_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE confidentiality_statement (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id   VARCHAR(64)  NOT NULL,
  case_id     BIGINT       NOT NULL,
  partner_id  VARCHAR(64)  NOT NULL,
  accepted_by VARCHAR(200) NOT NULL,
  accepted_at DATETIME(6) NOT NULL,
  expires_at  DATETIME(6) NOT NULL,
  CONSTRAINT fk_statement_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_statement_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
  CONSTRAINT ck_statement_period CHECK (expires_at > accepted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE case_information (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id   VARCHAR(64)  NOT NULL,
  case_id     BIGINT       NOT NULL,
  category    VARCHAR(32)  NOT NULL,
  provider_id VARCHAR(64)  NOT NULL,
  body        TEXT         NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  created_by  VARCHAR(200) NOT NULL,
  KEY ix_information_case (case_id),
  CONSTRAINT fk_information_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_information_provider FOREIGN KEY (provider_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
