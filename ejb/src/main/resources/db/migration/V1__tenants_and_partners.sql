-- Tenants (ZVH regions) and partner organisations. A partner may work in several tenants.
CREATE TABLE tenant (
  id   VARCHAR(64)  NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE partner (
  id   VARCHAR(64)  NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  kind VARCHAR(32)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE tenant_partner (
  tenant_id  VARCHAR(64) NOT NULL,
  partner_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (tenant_id, partner_id),
  CONSTRAINT fk_tenant_partner_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_tenant_partner_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_partner_name ON partner (name);
