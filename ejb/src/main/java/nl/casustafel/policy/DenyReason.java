package nl.casustafel.policy;

/** Why the policy decision point refused; shown to the user and written to the log. */
public enum DenyReason {
  CASE_OF_OTHER_TENANT,
  NOT_IN_TENANT,
  ROLE_SEES_NO_CASE_CONTENT,
  NO_PARTNER,
  NOT_PARTICIPATING,
  NO_VALID_MEMBERSHIP,
  CONFIDENTIALITY_STATEMENT_MISSING,
  CATEGORY_NOT_GRANTED,
  NOT_CASE_DIRECTOR,
  /** Only case directors and care coordinators may break the glass. */
  BREAK_GLASS_NOT_ALLOWED,
  /** Only the tenant's auditor reads the data-sharing log. */
  NOT_AUDITOR,
  /** Only an invited ad-hoc partner signs a confidentiality statement. */
  NOT_AN_AD_HOC_PARTNER,
  /** No such case in the tenant (logged; answered like any case the caller may not know). */
  CASE_UNKNOWN,
  /** Referring a case: a member of the tenant whose organisation signed the covenant. */
  NOT_A_REFERRER,
  /** Signals and triage are the work of the ZVH's case directors and care coordinators. */
  NOT_ZVH_STAFF,
  /** Imports and the tenant's own settings are the ZVH manager's. */
  NOT_ZVH_MANAGER,
  POLICY_ERROR,
  /** Planning conferences and series is the ZVH manager's and the case directors' work. */
  NOT_CONFERENCE_PLANNER,
  /** An agreement's status is kept by its owner partner or the case director. */
  NOT_AGREEMENT_OWNER,
  /** Tenants are onboarded, suspended and resumed by the platform admin only. */
  NOT_PLATFORM_ADMIN,
  /** A municipality's figures and hand-overs are its aandachtfunctionaris's. */
  NOT_MUNICIPAL_LIAISON,
  /** A crisis card is opened by a crisis service, outside the ZVH's office hours only. */
  NOT_IN_CRISIS_SERVICE_HOURS
}
