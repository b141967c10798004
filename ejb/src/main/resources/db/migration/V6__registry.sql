-- The client-following registry (issue "Client-following registry"): the person record, referrals
-- and signals with their triage, the case's status history and care episodes. Every row carries
-- tenant_id (EclipseLink's discriminator). Instants are UTC DATETIME(6).

-- The person record. The BSN is stored encrypted (AES-GCM) with a keyed blind index (HMAC) for
-- exact lookup; neither is ever shown in a list or written to the log. Each field belongs to a
-- data category of the covenant: names, birth date, gender, nationality, BSN → IDENTIFYING;
-- municipality, address, phone, e-mail, safe-to-contact, channel → CONTACT.
ALTER TABLE client
  ADD COLUMN estimated_birth_year SMALLINT    NULL,
  ADD COLUMN gender               VARCHAR(16)  NULL,
  ADD COLUMN nationality          VARCHAR(64)  NULL,
  ADD COLUMN municipality         VARCHAR(100) NULL,
  ADD COLUMN address              VARCHAR(300) NULL,
  ADD COLUMN phone                VARCHAR(40)  NULL,
  ADD COLUMN email                VARCHAR(200) NULL,
  ADD COLUMN safe_to_contact      BOOLEAN      NULL,
  ADD COLUMN preferred_channel    VARCHAR(16)  NULL,
  ADD COLUMN bsn_encrypted        VARBINARY(64) NULL,
  ADD COLUMN bsn_index            CHAR(67)     NULL,
  ADD COLUMN registered_at        DATETIME(6)  NULL,
  ADD KEY ix_client_bsn (tenant_id, bsn_index),
  ADD KEY ix_client_birth (tenant_id, date_of_birth);

CREATE TABLE client_alias (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id VARCHAR(64)  NOT NULL,
  client_id BIGINT       NOT NULL,
  alias     VARCHAR(200) NOT NULL,
  CONSTRAINT fk_alias_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The case types a tenant works with (DOMAIN.md); human trafficking first.
-- Its weekly triage: referrals received (Amsterdam time) before the cut-off are discussed at that
-- week's triage day (ZVH practice: before Monday 12:00 → Tuesday).
ALTER TABLE tenant
  ADD COLUMN case_types         VARCHAR(300) NOT NULL DEFAULT 'HUMAN_TRAFFICKING',
  ADD COLUMN triage_cutoff_day  VARCHAR(9)   NOT NULL DEFAULT 'MONDAY',
  ADD COLUMN triage_cutoff_time TIME         NOT NULL DEFAULT '12:00:00',
  ADD COLUMN triage_day         VARCHAR(9)   NOT NULL DEFAULT 'TUESDAY';

-- The status history replaces OPEN/CLOSED: REGISTERED → TRIAGED → IN_CONFERENCE → MONITORING →
-- CLOSED, and REOPENED. An open case of before this migration was in conference.
UPDATE case_file SET status = 'IN_CONFERENCE' WHERE status = 'OPEN';
ALTER TABLE case_file
  ADD COLUMN closed_at   DATETIME(6) NULL,
  ADD COLUMN referral_id BIGINT      NULL;

CREATE TABLE case_status_change (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id   VARCHAR(64)  NOT NULL,
  case_id     BIGINT       NOT NULL,
  from_status VARCHAR(16)  NULL,
  to_status   VARCHAR(16)  NOT NULL,
  changed_at  DATETIME(6)  NOT NULL,
  changed_by  VARCHAR(200) NOT NULL,
  reason      VARCHAR(1000) NULL,
  KEY ix_status_case (case_id),
  CONSTRAINT fk_status_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A referral (aanmelding, source REFERRAL, by a partner) or a signal (signaal, any other source,
-- registered by the ZVH; anonymous: without a person). The person is registered as a client at
-- once, so the registry and the log follow them from the first signal on; triage may merge them
-- with a likely duplicate.
CREATE TABLE referral (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id           VARCHAR(64)   NOT NULL,
  reference           VARCHAR(32)   NULL,
  source              VARCHAR(32)   NOT NULL,
  received_at         DATETIME(6)   NOT NULL,
  received_by         VARCHAR(200)  NOT NULL,
  referrer_partner_id VARCHAR(64)   NOT NULL,
  case_type           VARCHAR(32)   NOT NULL,
  reason              TEXT          NOT NULL,
  goal                TEXT          NULL,
  partners_to_invite  TEXT          NULL,
  triage_date         DATE          NOT NULL,
  repeat_signal       BOOLEAN       NOT NULL DEFAULT FALSE,
  client_id           BIGINT        NULL,
  outcome             VARCHAR(16)   NULL,
  outcome_reason      VARCHAR(1000) NULL,
  decided_at          DATETIME(6)   NULL,
  decided_by          VARCHAR(200)  NULL,
  forwarded_to        VARCHAR(64)   NULL,
  case_id             BIGINT        NULL,
  person_informed     BOOLEAN       NULL,
  not_informed_reason VARCHAR(1000) NULL,
  CONSTRAINT uq_referral_reference UNIQUE (tenant_id, reference),
  KEY ix_referral_queue (tenant_id, outcome, triage_date),
  KEY ix_referral_referrer (tenant_id, referrer_partner_id),
  KEY ix_referral_client (client_id),
  CONSTRAINT fk_referral_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_referral_referrer FOREIGN KEY (referrer_partner_id) REFERENCES partner (id),
  CONSTRAINT fk_referral_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_referral_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A care trajectory of a client within a case (opvang, psychisch, praktisch, juridisch, medisch),
-- provided by a partner. Its data category follows from its kind (CareKind).
CREATE TABLE care_episode (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id   VARCHAR(64)   NOT NULL,
  case_id     BIGINT        NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  provider_id VARCHAR(64)   NOT NULL,
  started_on  DATE          NOT NULL,
  ended_on    DATE          NULL,
  outcome     VARCHAR(1000) NULL,
  created_at  DATETIME(6)   NOT NULL,
  created_by  VARCHAR(200)  NOT NULL,
  KEY ix_care_case (case_id),
  CONSTRAINT fk_care_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_care_provider FOREIGN KEY (provider_id) REFERENCES partner (id),
  CONSTRAINT ck_care_period CHECK (ended_on IS NULL OR ended_on >= started_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
