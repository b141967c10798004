package nl.casustafel.registry;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.ExploitationForm;

/**
 * What retention needs to know of one case: no personal data, only ids, the reference and the
 * dates. Instants are UTC; the days they fall on are Amsterdam's ({@link RetentionRule}).
 */
public record RetainedCase(
    long caseId,
    long clientId,
    String reference,
    CaseType type,
    Optional<ExploitationForm> form,
    CaseStatus status,
    Instant openedAt,
    Optional<Instant> closedAt) {

  public RetainedCase {
    Objects.requireNonNull(reference, "reference is required.");
    Objects.requireNonNull(type, "type is required.");
    Objects.requireNonNull(form, "form is required (may be empty).");
    Objects.requireNonNull(status, "status is required.");
    Objects.requireNonNull(openedAt, "openedAt is required.");
    Objects.requireNonNull(closedAt, "closedAt is required (may be empty).");
  }

  /**
   * Whether retention may destroy the case at {@code now}: it is CLOSED and its Amsterdam closure
   * day plus the period lies before today. A reopened case is not closed, whatever its closedAt.
   */
  public boolean dueAt(RetentionRule rule, Instant now) {
    return status == CaseStatus.CLOSED && rule.due(closedAt, now);
  }
}
