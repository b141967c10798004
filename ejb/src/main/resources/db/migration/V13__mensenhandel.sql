-- The mensenhandel line of work (issue #13): trafficking details on the case, advertisement
-- reviews and their hand-overs, the 24/7 on-call rota and the crisis card. Every row carries
-- tenant_id (EclipseLink's discriminator); instants are UTC DATETIME(6), days are Amsterdam days.

-- Trafficking details, aligned with the IOM Human Trafficking Case Data Standard and what CoMensha
-- registers. Covenant categories: the form, sector, municipality, victim status, means and the
-- CoMensha registration are VICTIM_STATUS; the residence procedure (B8) and the police report
-- (aangifte) are JUSTICE. Pick lists hold comma-separated codes of the enums in the code.
ALTER TABLE case_file
  ADD COLUMN exploitation_sector       VARCHAR(32)  NULL,
  ADD COLUMN exploitation_other        VARCHAR(200) NULL,
  ADD COLUMN exploitation_municipality VARCHAR(100) NULL,
  ADD COLUMN victim_status             VARCHAR(16)  NULL,
  ADD COLUMN victim_status_by          VARCHAR(64)  NULL,
  ADD COLUMN victim_status_on          DATE         NULL,
  ADD COLUMN recruitment_means         VARCHAR(300) NULL,
  ADD COLUMN control_means             VARCHAR(300) NULL,
  ADD COLUMN comensha_registered       BOOLEAN      NULL,
  ADD COLUMN comensha_registered_on    DATE         NULL,
  ADD COLUMN residence_procedure       VARCHAR(24)  NULL,
  ADD COLUMN police_report             VARCHAR(24)  NULL,
  ADD KEY ix_case_opened (tenant_id, type, opened_at),
  ADD CONSTRAINT fk_case_victim_status_by FOREIGN KEY (victim_status_by) REFERENCES partner (id),
  ADD CONSTRAINT ck_case_victim_status
    CHECK (victim_status IS NULL OR victim_status IN ('POSSIBLE', 'ACTUAL', 'NOT_A_VICTIM'));

-- The municipality a MUNICIPALITY partner is: its aandachtfunctionaris sees that municipality's
-- figures, and the advertisement reviews handed to it.
ALTER TABLE partner ADD COLUMN municipality VARCHAR(100) NULL;

-- A crisis service (ADULT: 18+, YOUTH: 18-) takes a victim in crisis over outside the ZVH's office
-- hours: its members may then open a case's crisis card, each opening logged like break-the-glass.
ALTER TABLE partner ADD COLUMN crisis_service VARCHAR(8) NULL,
  ADD CONSTRAINT ck_partner_crisis_service
    CHECK (crisis_service IS NULL OR crisis_service IN ('ADULT', 'YOUTH'));

-- The ZVH's office hours (Amsterdam time, Monday to Friday); outside them the crisis services take
-- over. Opening and closing at the same time means the office is never open.
ALTER TABLE tenant
  ADD COLUMN office_opens  TIME NOT NULL DEFAULT '09:00:00',
  ADD COLUMN office_closes TIME NOT NULL DEFAULT '17:00:00';

-- A review of an unlicensed sex advertisement by the ketenregisseur: no images, no names; the
-- advertiser is described by age band and gender only. Indicators are comma-separated codes.
CREATE TABLE advertisement_review (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id           VARCHAR(64)   NOT NULL,
  website             VARCHAR(100)  NOT NULL,
  reviewed_on         DATE          NOT NULL,
  advertiser_age_band VARCHAR(16)   NOT NULL,
  advertiser_gender   VARCHAR(16)   NOT NULL,
  indicators          VARCHAR(300)  NOT NULL DEFAULT '',
  notes               VARCHAR(2000) NULL,
  verdict             VARCHAR(16)   NOT NULL,
  municipality        VARCHAR(100)  NULL,
  reviewed_by         VARCHAR(200)  NOT NULL,
  created_at          DATETIME(6)   NOT NULL,
  KEY ix_review_day (tenant_id, reviewed_on),
  KEY ix_review_municipality (tenant_id, municipality),
  CONSTRAINT fk_review_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_review_verdict CHECK (verdict IN ('RISKY', 'NOT_RISKY', 'UNCLEAR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every hand-over of a review: the ketenregisseur to the municipality, the municipality's
-- enrichment, the municipality to the police. Appended, never changed.
CREATE TABLE advertisement_handover (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(64)   NOT NULL,
  review_id     BIGINT        NOT NULL,
  step          VARCHAR(24)   NOT NULL,
  to_partner_id VARCHAR(64)   NOT NULL,
  note          VARCHAR(2000) NULL,
  handed_at     DATETIME(6)   NOT NULL,
  handed_by     VARCHAR(200)  NOT NULL,
  KEY ix_handover_review (review_id),
  KEY ix_handover_partner (tenant_id, to_partner_id),
  CONSTRAINT fk_handover_review FOREIGN KEY (review_id) REFERENCES advertisement_review (id),
  CONSTRAINT fk_handover_partner FOREIGN KEY (to_partner_id) REFERENCES partner (id),
  CONSTRAINT ck_handover_step
    CHECK (step IN ('TO_MUNICIPALITY', 'ENRICHED', 'TO_POLICE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Who of the ZVH is reachable 24/7 for a victim in crisis, when: shown to the tenant's members.
CREATE TABLE on_call_shift (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(64)  NOT NULL,
  duty       VARCHAR(32)  NOT NULL,
  person     VARCHAR(200) NOT NULL,
  phone      VARCHAR(40)  NOT NULL,
  starts_at  DATETIME(6)  NOT NULL,
  ends_at    DATETIME(6)  NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  created_by VARCHAR(200) NOT NULL,
  KEY ix_shift_time (tenant_id, starts_at),
  CONSTRAINT fk_shift_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_shift_period CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- What a crisis service (18+ / 18-) needs to take over a victim in crisis. Each field is kept
-- under a covenant category: safe contact CONTACT, risks SAFETY, language SOCIAL, shelter
-- arrangement SOCIAL.
CREATE TABLE crisis_card (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id           VARCHAR(64)   NOT NULL,
  case_id             BIGINT        NOT NULL,
  safe_contact        VARCHAR(500)  NULL,
  risks               VARCHAR(2000) NULL,
  language            VARCHAR(100)  NULL,
  shelter_arrangement VARCHAR(2000) NULL,
  updated_at          DATETIME(6)   NOT NULL,
  updated_by          VARCHAR(200)  NOT NULL,
  CONSTRAINT uq_crisis_card_case UNIQUE (case_id),
  CONSTRAINT fk_crisis_card_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
