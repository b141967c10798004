-- The privacy covenant of a tenant (versioned), its articles, the partners' memberships
-- (toetredingen) and each membership's matrix of grants. Tenant-owned rows carry tenant_id,
-- the discriminator EclipseLink filters on (@Multitenant SINGLE_TABLE).
CREATE TABLE covenant (
  id               BIGINT       NOT NULL PRIMARY KEY,
  tenant_id        VARCHAR(64)  NOT NULL,
  title            VARCHAR(300) NOT NULL,
  version          INT          NOT NULL,
  valid_from       DATE         NOT NULL,
  valid_to         DATE         NULL,
  retention_months INT          NOT NULL,
  CONSTRAINT uq_covenant_version UNIQUE (tenant_id, version),
  CONSTRAINT fk_covenant_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE covenant_article (
  covenant_id BIGINT      NOT NULL,
  number      VARCHAR(32) NOT NULL,
  text        TEXT        NOT NULL,
  PRIMARY KEY (covenant_id, number),
  CONSTRAINT fk_article_covenant FOREIGN KEY (covenant_id) REFERENCES covenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE covenant_membership (
  id          BIGINT      NOT NULL PRIMARY KEY,
  tenant_id   VARCHAR(64) NOT NULL,
  covenant_id BIGINT      NOT NULL,
  partner_id  VARCHAR(64) NOT NULL,
  role        VARCHAR(16) NOT NULL,
  valid_from  DATE        NOT NULL,
  valid_to    DATE        NULL,
  CONSTRAINT uq_membership UNIQUE (covenant_id, partner_id),
  CONSTRAINT fk_membership_covenant FOREIGN KEY (covenant_id) REFERENCES covenant (id),
  CONSTRAINT fk_membership_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
  CONSTRAINT fk_membership_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE covenant_grant (
  membership_id    BIGINT       NOT NULL,
  category         VARCHAR(32)  NOT NULL,
  direction        VARCHAR(16)  NOT NULL,
  purpose          VARCHAR(32)  NOT NULL,
  article          VARCHAR(32)  NOT NULL,
  necessity_ground VARCHAR(500) NULL,
  PRIMARY KEY (membership_id, category, direction, purpose),
  CONSTRAINT fk_grant_membership FOREIGN KEY (membership_id) REFERENCES covenant_membership (id),
  -- The database refuses what the domain refuses: receiving health or criminal-law data
  -- needs its necessity ground.
  CONSTRAINT ck_grant_necessity CHECK (
    direction <> 'RECEIVE' OR category NOT IN ('HEALTH', 'JUSTICE')
    OR (necessity_ground IS NOT NULL AND necessity_ground <> ''))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
