-- The transactional outbox of outgoing mail (nl.casustafel.mail): a mail is written in the same
-- transaction as the change it tells about, and sent after that transaction commits; the retry
-- timer sends what is still unsent. A row is never deleted by the sender: sent_at records the
-- delivery to the SMTP server, last_error the latest failure. No personal data in these texts
-- (issue #11: only a conference's title, time, place/link and counts).
CREATE TABLE mail_outbox (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id  VARCHAR(64)  NOT NULL,
  recipient  VARCHAR(254) NOT NULL,
  subject    VARCHAR(300) NOT NULL,
  body       TEXT         NOT NULL,
  ics        MEDIUMTEXT   NULL,
  ics_method VARCHAR(16)  NULL,
  created_at DATETIME(6)  NOT NULL,
  sent_at    DATETIME(6)  NULL,
  attempts   INT          NOT NULL DEFAULT 0,
  last_error VARCHAR(500) NULL,
  CONSTRAINT fk_mail_outbox_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_mail_outbox_ics CHECK ((ics IS NULL) = (ics_method IS NULL)),
  INDEX ix_mail_outbox_pending (sent_at, tenant_id, attempts)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
