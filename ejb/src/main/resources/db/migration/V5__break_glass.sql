-- Break-the-glass: a case director or care coordinator opens, in a crisis, a case their own
-- organisation is not on, with a mandatory reason, for a limited time; logged as BREAK_GLASS and
-- listed for the auditor.
CREATE TABLE case_break_glass (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id    VARCHAR(64)   NOT NULL,
  case_id      BIGINT        NOT NULL,
  user_subject VARCHAR(200)  NOT NULL,
  username     VARCHAR(200)  NOT NULL,
  reason       VARCHAR(1000) NOT NULL,
  opened_at    DATETIME(6)   NOT NULL,
  until        DATETIME(6)   NOT NULL,
  KEY ix_break_glass_case (case_id),
  CONSTRAINT fk_break_glass_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT ck_break_glass_period CHECK (until > opened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
