package nl.casustafel.casefile;

import java.time.LocalDate;
import java.util.Optional;
import nl.casustafel.partner.PartnerId;

/** A care episode as disclosed to a reader; start and end are Amsterdam calendar days. */
public record CareItem(
    long id,
    CareKind kind,
    PartnerId provider,
    LocalDate start,
    Optional<LocalDate> end,
    Optional<String> outcome) {

  static CareItem of(CareEpisode e) {
    return new CareItem(e.id(), e.kind(), e.provider(), e.startedOn(), e.endedOn(), e.outcome());
  }
}
