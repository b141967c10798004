package nl.casustafel.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.partner.PartnerId;

/**
 * What a conference holds about a case, as the decision point lets one reader see it: a paragraph
 * of the minutes or an agreement. Built only inside a disclosure ({@link
 * nl.casustafel.casefile.CaseRecords}).
 */
public sealed interface CaseRecord {

  DataCategory category();

  /** A paragraph of the minutes; {@code version} is what a later save must name. */
  record Paragraph(
      long id,
      long item,
      DataCategory category,
      ParagraphKind kind,
      String text,
      String writtenBy,
      Instant writtenAt,
      long version)
      implements CaseRecord {

    static Paragraph of(MinutesParagraph p) {
      return new Paragraph(
          p.id(),
          p.item(),
          p.category(),
          p.kind(),
          p.text(),
          p.writtenBy(),
          p.writtenAt(),
          p.version());
    }

    public long getId() {
      return id;
    }

    public String getText() {
      return text;
    }

    public long getVersion() {
      return version;
    }

    public String getCategory() {
      return category.name();
    }

    public String getKind() {
      return kind.name();
    }
  }

  /** An agreement with where it stands on the reader's Amsterdam today. */
  record Pact(
      long id,
      DataCategory category,
      String what,
      PartnerId owner,
      LocalDate dueOn,
      AgreementStatus status,
      Optional<String> reason,
      DueState due)
      implements CaseRecord {

    static Pact of(Agreement a, LocalDate today) {
      return new Pact(
          a.id(),
          a.category(),
          a.what(),
          a.owner(),
          a.dueOn(),
          a.status(),
          a.statusReason(),
          DueState.of(a.status(), a.dueOn(), today));
    }

    public long getId() {
      return id;
    }

    public String getWhat() {
      return what;
    }

    public String getOwner() {
      return owner.value();
    }

    public LocalDate getDueOn() {
      return dueOn;
    }

    public String getStatus() {
      return status.name();
    }

    public String getDue() {
      return due.name();
    }

    public String getReason() {
      return reason.orElse("");
    }

    public String getCategory() {
      return category.name();
    }
  }
}
