package nl.casustafel.casefile;

import java.time.Instant;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.partner.PartnerId;

/** One piece of case information as disclosed to a reader. */
public record InformationItem(
    long id,
    DataCategory category,
    String text,
    PartnerId provider,
    String createdBy,
    Instant createdAt) {

  static InformationItem of(CaseInformation information) {
    return new InformationItem(
        information.id(),
        information.category(),
        information.text(),
        information.provider(),
        information.createdBy(),
        information.createdAt());
  }
}
