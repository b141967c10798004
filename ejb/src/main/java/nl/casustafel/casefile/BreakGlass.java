package nl.casustafel.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.casustafel.policy.EmergencyAccess;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One break-the-glass opening of a case: who, why, from when until when. */
@Entity
@Table(name = "case_break_glass")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class BreakGlass {

  /** Shortest reason that says something, in visible characters. */
  public static final int MIN_REASON = 10;

  /** The reason: {@link #MIN_REASON} visible characters at least, its column's 1000 at most. */
  public static final RequiredText REASON = new RequiredText("reason", MIN_REASON, 1000);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private Case kase;

  @Column(name = "user_subject", nullable = false)
  private String subject;

  @Column(name = "username", nullable = false)
  private String username;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "until", nullable = false)
  private Instant until;

  protected BreakGlass() {} // for JPA

  BreakGlass(Case kase, String subject, String username, String reason, Instant at, Instant until) {
    this.kase = kase;
    this.subject = Objects.requireNonNull(subject, "subject is required.");
    this.username = Objects.requireNonNull(username, "username is required.");
    this.reason = REASON.check(reason);
    this.openedAt = Objects.requireNonNull(at, "at is required.");
    this.until = Objects.requireNonNull(until, "until is required.");
  }

  public String reason() {
    return reason;
  }

  public Instant until() {
    return until;
  }

  public String subject() {
    return subject;
  }

  EmergencyAccess facts() {
    return new EmergencyAccess(subject, openedAt, until);
  }
}
