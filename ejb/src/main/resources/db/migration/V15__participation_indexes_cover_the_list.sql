-- Issue #14 (performance at national scale): the case list's total counts the cases in which the
-- user's partner takes part now (KnownCases.count), and each listed case asks whether it does
-- (KnownCases, EXISTS). With 23,000 cases per tenant the count read every participation row behind
-- ix_participation_partner (tenant, partner, revoked_at): case, invited_at and until were not in the
-- index. These two indexes hold every column those conditions read, so both are answered from the
-- index alone. ix_participation_case also serves the foreign key on case_id: MariaDB drops the index
-- it made for that key by itself.
ALTER TABLE case_participation
  ADD KEY ix_participation_partner_case (tenant_id, partner_id, case_id, invited_at, until, revoked_at),
  ADD KEY ix_participation_case (case_id, tenant_id, partner_id, invited_at, until, revoked_at);

ALTER TABLE case_participation DROP KEY ix_participation_partner;
