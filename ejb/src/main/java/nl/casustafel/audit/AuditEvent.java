package nl.casustafel.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/**
 * Builds one new audit event from typed values and makes its stored form ({@link AuditEntry}):
 * categories and roles sorted by name and joined with ",", the decision, action and purpose by
 * name. Required: the tenant and moment ({@link #of}), the actor, action, decision, purpose and
 * trace id; {@link #build} names whatever is missing. Not thread-safe; one builder per event.
 */
public final class AuditEvent {

  /** The purpose of an auditor's query of the log: not one of the covenant's purposes. */
  static final String AUDIT_PURPOSE = "AUDIT";

  /** The purpose of a change to the tenant's set-up: keeping the platform, no covenant purpose. */
  static final String ADMINISTRATION_PURPOSE = "ADMINISTRATION";

  /**
   * The purpose of figures and anonymised exports (voortgangsrapportage, the CoMensha export):
   * accountability of the line of work, counts or records without a direct identifier.
   */
  static final String REPORTING_PURPOSE = "REPORTING";

  /** The stored roles of a user without any role in the tenant (an empty cell reads as lost). */
  static final String NO_ROLES = "-";

  private final TenantId tenant;
  private final Instant at;
  private String actorSubject;
  private String actorUsername;
  private String actorPartner;
  private String actorRoles;
  private String onBehalfOf;
  private AuditAction action;
  private Long caseId;
  private String subjectRef;
  private String categories;
  private AuditDecision decision;
  private String reason;
  private String basis;
  private String purpose;
  private String originIp;
  private String traceId;
  private boolean breakGlass;

  private AuditEvent(TenantId tenant, Instant at) {
    this.tenant = Objects.requireNonNull(tenant, "An audit event needs its tenant.");
    this.at = Objects.requireNonNull(at, "An audit event needs its moment (UTC).");
  }

  /** An event in the tenant's log at the instant {@code at} (stored in UTC, to microseconds). */
  public static AuditEvent of(TenantId tenant, Instant at) {
    return new AuditEvent(tenant, at);
  }

  /**
   * Who acted: the token's subject and username, the partner they work for (null: none), and their
   * roles in this event's tenant. They act on behalf of their own partner unless {@link
   * #onBehalfOf} says otherwise.
   */
  public AuditEvent actor(String subject, String username, PartnerId partner, Set<Role> roles) {
    actorSubject = subject;
    actorUsername = username;
    actorPartner = partner == null ? null : partner.value();
    onBehalfOf = actorPartner;
    actorRoles = roles.isEmpty() ? NO_ROLES : sortedNames(roles);
    return this;
  }

  /** The signed-in user as the actor, with their roles in this event's tenant. */
  public AuditEvent actor(CurrentUser user) {
    return actor(
        user.subject(), user.username(), user.partner().orElse(null), user.rolesIn(tenant));
  }

  /** The partner the actor acted for, when not their own (null: none). */
  public AuditEvent onBehalfOf(PartnerId partner) {
    onBehalfOf = partner == null ? null : partner.value();
    return this;
  }

  public AuditEvent action(AuditAction action) {
    this.action = action;
    return this;
  }

  /** The case (null: none, e.g. a search) and the keyed pseudonym of its data subject (or null). */
  public AuditEvent about(Long caseId, String subjectRef) {
    this.caseId = caseId;
    this.subjectRef = subjectRef;
    return this;
  }

  /** The categories disclosed or refused; none (empty) stores no categories. */
  public AuditEvent categories(Set<DataCategory> categories) {
    this.categories = categories.isEmpty() ? null : sortedNames(categories);
    return this;
  }

  public AuditEvent decision(AuditDecision decision) {
    this.decision = decision;
    return this;
  }

  /** Why: the refusal reasons, or what was done (free text, cleaned of control characters). */
  public AuditEvent reason(String reason) {
    this.reason = reason;
    return this;
  }

  /** The legal basis (covenant articles) of a disclosure, or null. */
  public AuditEvent basis(String basis) {
    this.basis = basis;
    return this;
  }

  /** The purpose the act served (doelbinding). */
  public AuditEvent purpose(Purpose purpose) {
    return purpose(purpose == null ? null : purpose.name());
  }

  /** A purpose outside the covenant's: only the log's own ({@link #AUDIT_PURPOSE}). */
  AuditEvent purpose(String purpose) {
    this.purpose = purpose;
    return this;
  }

  /**
   * For reporting ({@link #REPORTING_PURPOSE}): counts or anonymised records, no covenant purpose.
   */
  public AuditEvent forReporting() {
    return purpose(REPORTING_PURPOSE);
  }

  /** Where the request came from (null: unknown) and its W3C trace id. */
  public AuditEvent origin(String ip, String traceId) {
    this.originIp = ip;
    this.traceId = traceId;
    return this;
  }

  /** Whether the case was seen only by breaking the glass; false unless set. */
  public AuditEvent breakGlass(boolean breakGlass) {
    this.breakGlass = breakGlass;
    return this;
  }

  /**
   * The stored form of the event.
   *
   * @throws IllegalStateException naming every required part that is missing
   */
  public AuditEntry build() {
    List<String> missing = new ArrayList<>();
    require(missing, actorSubject != null && actorUsername != null, "actor");
    require(missing, action != null, "action");
    require(missing, decision != null, "decision");
    require(missing, purpose != null, "purpose");
    require(missing, traceId != null, "trace id");
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "An audit event is missing its "
              + String.join(", ", missing)
              + (action == null ? "." : " (" + action + ")."));
    }
    return new AuditEntry(
        tenant.value(),
        at,
        actorSubject,
        actorUsername,
        actorPartner,
        actorRoles,
        onBehalfOf,
        action,
        caseId,
        subjectRef,
        categories,
        decision.name(),
        reason,
        basis,
        purpose,
        originIp,
        traceId,
        breakGlass);
  }

  private static void require(List<String> missing, boolean present, String part) {
    if (!present) {
      missing.add(part);
    }
  }

  private static String sortedNames(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }
}
