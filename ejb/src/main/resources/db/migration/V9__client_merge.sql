-- Merging two persons of the registry (issue "Client-following registry", part 6): the case
-- director merges a duplicate into the surviving client. The merged client stays (pointing at the
-- survivor) and the merge record keeps which cases, referrals and aliases were moved, so an undo
-- restores exactly those links. Instants are UTC DATETIME(6).
ALTER TABLE client
  ADD COLUMN merged_into BIGINT NULL,
  ADD CONSTRAINT fk_client_merged_into FOREIGN KEY (merged_into) REFERENCES client (id);

CREATE TABLE client_merge (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id       VARCHAR(64)   NOT NULL,
  from_client_id  BIGINT        NOT NULL,
  into_client_id  BIGINT        NOT NULL,
  merged_by       VARCHAR(200)  NOT NULL,
  merged_at       DATETIME(6)   NOT NULL,
  reason          VARCHAR(1000) NOT NULL,
  -- The ids moved, comma-separated (e.g. "12,15"; empty when none).
  moved_cases     TEXT          NOT NULL,
  moved_referrals TEXT          NOT NULL,
  moved_aliases   TEXT          NOT NULL,
  undone_at       DATETIME(6)   NULL,
  undone_by       VARCHAR(200)  NULL,
  KEY ix_merge_from (tenant_id, from_client_id),
  CONSTRAINT fk_merge_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_merge_from FOREIGN KEY (from_client_id) REFERENCES client (id),
  CONSTRAINT fk_merge_into FOREIGN KEY (into_client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
