package nl.casustafel.registry.gcos;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.registry.Bsn;

/**
 * The port through which the import asks what the tenant already holds; the caller implements it
 * over the database of the tenant the import runs for. Every answer is about that tenant only.
 * Answers must not change between the dry run and the commit of one import (one transaction).
 */
public interface ExistingRegistry {

  /** The case imported earlier under this GCOS registration number, if any. */
  Optional<ExistingCase> caseByGcosNumber(String registrationNumber);

  /** The clients with this BSN (by its blind index): normally none or one. */
  List<ExistingClient> clientsByBsn(Bsn bsn);

  /**
   * The clients with this date of birth whose given names, prefix and surname, normalised as {@link
   * Person#normalisedName()} does, equal {@code normalisedName}.
   */
  List<ExistingClient> clientsByNameAndBirthDate(String normalisedName, LocalDate dateOfBirth);

  /**
   * True when this registration number is known to belong to another tenant (e.g. its prefix is
   * another ZVH's, or that tenant imported it): such a line is rejected, so that a file of another
   * region is not imported by mistake.
   */
  boolean belongsToOtherTenant(String registrationNumber);

  /** A client already in the tenant; only whether it has a BSN, never the BSN itself. */
  record ExistingClient(String id, boolean hasBsn) {}

  /**
   * A case already in the tenant that came from GCOS.
   *
   * @param meetingDates the dates of its meetings (Datum overleg) imported so far
   */
  record ExistingCase(String id, String clientId, CaseType caseType, Set<LocalDate> meetingDates) {
    public ExistingCase {
      meetingDates = Set.copyOf(meetingDates);
    }
  }

  /** A tenant that holds nothing yet. */
  static ExistingRegistry empty() {
    return new ExistingRegistry() {
      @Override
      public Optional<ExistingCase> caseByGcosNumber(String registrationNumber) {
        return Optional.empty();
      }

      @Override
      public List<ExistingClient> clientsByBsn(Bsn bsn) {
        return List.of();
      }

      @Override
      public List<ExistingClient> clientsByNameAndBirthDate(String name, LocalDate dateOfBirth) {
        return List.of();
      }

      @Override
      public boolean belongsToOtherTenant(String registrationNumber) {
        return false;
      }
    };
  }
}
