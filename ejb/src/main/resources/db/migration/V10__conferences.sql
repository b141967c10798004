-- Case conferences (issue "Casusoverleg"): series, conferences with their agenda of cases, the
-- partners invited per agenda item, the attendance register, minutes per item (each paragraph with
-- a data category, so the decision point governs who reads it) and agreements (afspraken).
-- Instants are UTC DATETIME(6); a series keeps its wall-clock time (Europe/Amsterdam).

-- Where a partner's organisation receives invitations for a tenant's conferences (a functional
-- mailbox; never a client's address).
ALTER TABLE tenant_partner ADD COLUMN conference_email VARCHAR(254) NULL;

CREATE TABLE conference_series (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(64)  NOT NULL,
  title          VARCHAR(200) NOT NULL,
  weekday        VARCHAR(9)   NOT NULL,
  starts_at_time TIME         NOT NULL,
  length_minutes INT          NOT NULL,
  interval_weeks INT          NOT NULL,
  first_day      DATE         NOT NULL,
  last_day       DATE         NULL,
  place          VARCHAR(200) NULL,
  video_link     VARCHAR(500) NULL,
  created_by     VARCHAR(200) NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  CONSTRAINT fk_series_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE conference (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(64)  NOT NULL,
  series_id     BIGINT       NULL,
  -- The one case of an individual case conference (ICO), else NULL.
  case_id       BIGINT       NULL,
  title         VARCHAR(200) NOT NULL,
  starts_at     DATETIME(6)  NOT NULL,
  ends_at       DATETIME(6)  NOT NULL,
  place         VARCHAR(200) NULL,
  video_link    VARCHAR(500) NULL,
  status        VARCHAR(16)  NOT NULL,
  -- iCalendar: the UID stays, the SEQUENCE rises with every change sent to the invitees.
  ical_uid      VARCHAR(200) NOT NULL,
  ical_sequence INT          NOT NULL DEFAULT 0,
  finalised_at  DATETIME(6)  NULL,
  finalised_by  VARCHAR(200) NULL,
  created_by    VARCHAR(200) NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uq_conference_uid (ical_uid),
  KEY ix_conference_time (tenant_id, starts_at),
  KEY ix_conference_series (series_id, starts_at),
  CONSTRAINT fk_conference_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_conference_series FOREIGN KEY (series_id) REFERENCES conference_series (id),
  CONSTRAINT fk_conference_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE agenda_item (
  id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       VARCHAR(64) NOT NULL,
  conference_id   BIGINT      NOT NULL,
  case_id         BIGINT      NOT NULL,
  position        INT         NOT NULL,
  timebox_minutes INT         NOT NULL,
  -- Why the case is on the agenda: TRIAGE (a case opened at triage), AGREEMENTS_DUE, DIRECTOR.
  reason          VARCHAR(24) NOT NULL,
  added_by        VARCHAR(200) NOT NULL,
  added_at        DATETIME(6) NOT NULL,
  UNIQUE KEY uq_agenda_case (conference_id, case_id),
  CONSTRAINT fk_agenda_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_agenda_conference FOREIGN KEY (conference_id) REFERENCES conference (id),
  CONSTRAINT fk_agenda_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE agenda_invitee (
  tenant_id      VARCHAR(64)  NOT NULL,
  agenda_item_id BIGINT       NOT NULL,
  partner_id     VARCHAR(64)  NOT NULL,
  invited_by     VARCHAR(200) NOT NULL,
  invited_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (agenda_item_id, partner_id),
  CONSTRAINT fk_invitee_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
  CONSTRAINT fk_invitee_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE attendance (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id     VARCHAR(64)  NOT NULL,
  conference_id BIGINT       NOT NULL,
  partner_id    VARCHAR(64)  NOT NULL,
  person        VARCHAR(200) NOT NULL,
  presence      VARCHAR(24)  NOT NULL,
  recorded_by   VARCHAR(200) NOT NULL,
  recorded_at   DATETIME(6)  NOT NULL,
  CONSTRAINT fk_attendance_conference FOREIGN KEY (conference_id) REFERENCES conference (id),
  CONSTRAINT fk_attendance_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE minutes_paragraph (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(64)   NOT NULL,
  agenda_item_id BIGINT        NOT NULL,
  case_id        BIGINT        NOT NULL,
  category       VARCHAR(32)   NOT NULL,
  -- DISCUSSION or DECISION (besluit).
  kind           VARCHAR(16)   NOT NULL,
  text           VARCHAR(4000) NOT NULL,
  written_by     VARCHAR(200)  NOT NULL,
  written_at     DATETIME(6)   NOT NULL,
  -- Optimistic locking: two people saving the same paragraph never overwrite each other silently.
  version        BIGINT        NOT NULL DEFAULT 0,
  KEY ix_minutes_item (agenda_item_id, id),
  CONSTRAINT fk_minutes_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
  CONSTRAINT fk_minutes_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE agreement (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      VARCHAR(64)   NOT NULL,
  case_id        BIGINT        NOT NULL,
  agenda_item_id BIGINT        NULL,
  category       VARCHAR(32)   NOT NULL,
  what           VARCHAR(1000) NOT NULL,
  owner_partner  VARCHAR(64)   NOT NULL,
  due_on         DATE          NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  status_reason  VARCHAR(1000) NULL,
  made_by        VARCHAR(200)  NOT NULL,
  made_at        DATETIME(6)   NOT NULL,
  changed_by     VARCHAR(200)  NULL,
  changed_at     DATETIME(6)   NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  KEY ix_agreement_owner (tenant_id, owner_partner, status, due_on),
  KEY ix_agreement_case (case_id, status),
  CONSTRAINT fk_agreement_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_agreement_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
  CONSTRAINT fk_agreement_owner FOREIGN KEY (owner_partner) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
