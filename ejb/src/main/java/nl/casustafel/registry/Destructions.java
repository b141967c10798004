package nl.casustafel.registry;

import java.util.List;
import java.util.Objects;

/**
 * Deletes one case, or one person, with everything that hangs on it, through {@link TenantBulk}
 * (the tenant is a bound condition of every statement). Runs in the caller's transaction: a
 * statement that fails — a row of a table not listed here still pointing at the case — rolls the
 * whole list back. The data-sharing log is not touched: it keeps its own retention and names the
 * person only by pseudonym.
 */
final class Destructions {

  /** What hangs on a case, children first; the case row last. */
  private static final List<String> CASE =
      List.of(
          // Conference records about the case; the conference itself stays (other cases).
          "DELETE FROM minutes_paragraph WHERE case_id = ?1",
          "DELETE FROM agreement WHERE case_id = ?1",
          "DELETE FROM agenda_invitee WHERE agenda_item_id IN (SELECT id FROM agenda_item WHERE case_id = ?1)",
          "DELETE FROM agenda_item WHERE case_id = ?1",
          "UPDATE conference SET case_id = NULL WHERE case_id = ?1",
          "DELETE FROM case_participation WHERE case_id = ?1",
          "DELETE FROM confidentiality_statement WHERE case_id = ?1",
          "DELETE FROM case_information WHERE case_id = ?1",
          "DELETE FROM care_episode WHERE case_id = ?1",
          "DELETE FROM case_status_change WHERE case_id = ?1",
          "DELETE FROM case_meeting WHERE case_id = ?1",
          "DELETE FROM case_lead_handover WHERE case_id = ?1",
          "DELETE FROM case_break_glass WHERE case_id = ?1",
          "DELETE FROM crisis_card WHERE case_id = ?1",
          "DELETE FROM referral WHERE case_id = ?1",
          "DELETE FROM case_file WHERE id = ?1");

  /** What hangs on a person whose cases are gone; the person row last. */
  private static final List<String> CLIENT =
      List.of(
          "DELETE FROM referral WHERE client_id = ?1",
          "DELETE FROM client_alias WHERE client_id = ?1",
          // A merge record names no one once the person is gone; a person merged into this one
          // keeps its own row but no longer points here.
          "DELETE FROM client_merge WHERE from_client_id = ?1 OR into_client_id = ?1",
          "UPDATE client SET merged_into = NULL WHERE merged_into = ?1",
          "DELETE FROM client WHERE id = ?1");

  /** An executed list keeps no ids or references: only its destruction records remain. */
  private static final String ENTRIES = "DELETE FROM destruction_entry WHERE list_id = ?1";

  private final TenantBulk bulk;

  Destructions(TenantBulk bulk) {
    this.bulk = Objects.requireNonNull(bulk, "bulk is required.");
  }

  /**
   * Deletes the case and what hangs on it.
   *
   * @return whether the case row was there to delete
   */
  boolean destroyCase(long caseId) {
    int deleted = 0;
    for (String statement : CASE) {
      deleted = bulk.execute(statement, caseId);
    }
    return deleted == 1;
  }

  /**
   * Deletes the person, their aliases and their remaining referrals and signals.
   *
   * @return whether the person row was there to delete
   */
  boolean destroyClient(long clientId) {
    int deleted = 0;
    for (String statement : CLIENT) {
      deleted = bulk.execute(statement, clientId);
    }
    return deleted == 1;
  }

  /** Removes a list's entries (after execution, or to build the day's proposal again). */
  void clearEntries(long listId) {
    bulk.execute(ENTRIES, listId);
  }
}
