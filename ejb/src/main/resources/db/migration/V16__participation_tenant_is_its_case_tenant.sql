-- Issue #14 (performance at national scale): the case list's total counts the partner's active
-- participations from ix_participation_partner_case alone (KnownCases.count), without joining
-- case_file: joined, it read 23,000 case rows per count. The page asks per case with a count probe
-- on ix_participation_case (V15's comment still says EXISTS; a search keeps the EXISTS). For the
-- total to equal the list, a participation must belong to its case's tenant, which until now only
-- the application kept (the decision point refuses a case of another tenant either way). The
-- database now keeps it too.
ALTER TABLE case_file ADD UNIQUE KEY uq_case_id_tenant (id, tenant_id);

ALTER TABLE case_participation
  ADD CONSTRAINT fk_participation_case_tenant FOREIGN KEY (case_id, tenant_id)
    REFERENCES case_file (id, tenant_id);
