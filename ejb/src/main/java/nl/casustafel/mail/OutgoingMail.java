package nl.casustafel.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A mail in the outbox ({@code mail_outbox}): written with the change it tells about, sent after
 * that commits. Instants are UTC. Kept after sending, as the record of what was sent and when.
 */
@Entity
@Table(name = "mail_outbox")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class OutgoingMail {

  /**
   * The failed attempts after which the retry timer leaves a mail alone (an operator may reset).
   */
  public static final int MAX_ATTEMPTS = 10;

  static final int MAX_ERROR = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "recipient", nullable = false)
  private String recipient;

  @Column(name = "subject", nullable = false)
  private String subject;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "ics")
  private String ics;

  @Column(name = "ics_method")
  private String icsMethod;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  protected OutgoingMail() {} // for JPA

  OutgoingMail(Mail mail, Instant createdAt) {
    Objects.requireNonNull(mail, "mail is required.");
    this.recipient = mail.recipient();
    this.subject = mail.subject();
    this.body = mail.body();
    this.ics = mail.calendar().map(CalendarPart::ics).orElse(null);
    this.icsMethod = mail.calendar().map(CalendarPart::method).orElse(null);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required.");
  }

  public Long id() {
    return id;
  }

  /** The mail as it was enqueued. */
  public Mail mail() {
    Optional<CalendarPart> calendar =
        ics == null ? Optional.empty() : Optional.of(new CalendarPart(icsMethod, ics));
    return new Mail(recipient, subject, body, calendar);
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** When the SMTP server accepted it; empty while unsent. */
  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public int attempts() {
    return attempts;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  void sent(Instant at) {
    this.sentAt = Objects.requireNonNull(at, "at is required.");
  }

  /**
   * Records a failure. Only a failure of this mail counts towards {@link #MAX_ATTEMPTS}; an SMTP
   * server that cannot be reached does not, so an outage never makes the timer give a mail up.
   */
  void failed(DeliveryFailure failure) {
    if (failure.countsAsAttempt()) {
      attempts++;
    }
    this.lastError = failure.text();
  }
}
