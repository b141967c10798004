-- What the GCOS import keeps (issue "Client-following registry", part 8): the GCOS registration
-- number of an imported case (unique per tenant: importing the same file twice adds nothing) and
-- the meetings GCOS registered for it (one row per "Datum overleg").
ALTER TABLE case_file
  ADD COLUMN gcos_number VARCHAR(64) NULL,
  ADD CONSTRAINT uq_case_gcos UNIQUE (tenant_id, gcos_number);

CREATE TABLE case_meeting (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id VARCHAR(64)  NOT NULL,
  case_id   BIGINT       NOT NULL,
  held_on   DATE         NOT NULL,
  director  VARCHAR(200) NULL,
  source    VARCHAR(16)  NOT NULL,
  CONSTRAINT uq_case_meeting UNIQUE (case_id, held_on),
  CONSTRAINT fk_meeting_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
