-- Tenants, partners, people and covenants kept in the product (issue #15).
--
-- A tenant can be suspended by the platform admin: nobody enters it, its data stays. It names the
-- ZVH organisation that runs it and the municipalities of its region.
ALTER TABLE tenant
  ADD COLUMN status         VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
  ADD COLUMN own_partner_id VARCHAR(64) NULL,
  ADD CONSTRAINT fk_tenant_own_partner FOREIGN KEY (own_partner_id) REFERENCES partner (id),
  ADD CONSTRAINT ck_tenant_status CHECK (status IN ('ACTIVE', 'SUSPENDED'));

CREATE TABLE tenant_municipality (
  tenant_id VARCHAR(64)  NOT NULL,
  name      VARCHAR(100) NOT NULL,
  PRIMARY KEY (tenant_id, name),
  CONSTRAINT fk_municipality_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A partner's e-mail domain (Keycloak sends its people to their own identity provider by it) and
-- the alias of that identity provider in the realm, where the partner brings one.
ALTER TABLE partner
  ADD COLUMN email_domain      VARCHAR(253) NULL,
  ADD COLUMN identity_provider VARCHAR(64)  NULL;

-- Covenant versions: a new version is drafted (DRAFT), then adopted with the day it takes force
-- (ADOPTED). The version in force on a day is the newest adopted one that started by then. New
-- rows get their ids from the database; the ids of the demo rows stay as they are.
SET FOREIGN_KEY_CHECKS = 0;
ALTER TABLE covenant MODIFY id BIGINT NOT NULL AUTO_INCREMENT;
ALTER TABLE covenant_membership MODIFY id BIGINT NOT NULL AUTO_INCREMENT;
SET FOREIGN_KEY_CHECKS = 1;
ALTER TABLE covenant
  ADD COLUMN status     VARCHAR(16)  NOT NULL DEFAULT 'ADOPTED',
  ADD COLUMN drafted_by VARCHAR(200) NULL,
  ADD COLUMN adopted_by VARCHAR(200) NULL,
  ADD COLUMN adopted_at DATETIME(6)  NULL,
  ADD CONSTRAINT ck_covenant_status CHECK (status IN ('DRAFT', 'ADOPTED'));

-- The signature (toetreding) of a partner on a version: on which day, by whom. An unsigned
-- membership grants nothing. Memberships of before this migration were signed when they started.
ALTER TABLE covenant_membership
  ADD COLUMN signed_on DATE         NULL,
  ADD COLUMN signed_by VARCHAR(200) NULL;
UPDATE covenant_membership SET signed_on = valid_from, signed_by = 'Ondertekend (vóór versiebeheer)';

-- A role taken away, by the Keycloak subject of the person: it counts from the next request, even
-- while the person's token still carries the role (until the token ends). Granting the role again
-- deletes the row. Not personal data beyond the subject id.
CREATE TABLE role_revocation (
  subject    VARCHAR(64) NOT NULL,
  tenant_id  VARCHAR(64) NOT NULL,
  role       VARCHAR(32) NOT NULL,
  revoked_at DATETIME(6) NOT NULL,
  PRIMARY KEY (subject, tenant_id, role),
  CONSTRAINT fk_revocation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
