package nl.casustafel.registry.gcos;

import java.time.LocalDate;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.ExploitationForm;

/**
 * What the committer must store, in file order: a client before its cases, a case before its
 * meetings. New clients are named by their line ({@link ClientRef#newFromLine}); the committer
 * keeps a map from that line to the entity it created, for the rest of the transaction.
 */
public sealed interface ImportCommand {

  /** The line the command comes from. */
  int line();

  /** A new client; {@code person} as written in the file. */
  record NewClient(int line, Person person) implements ImportCommand {}

  /**
   * A new case of a new or existing client.
   *
   * @param status the status after the whole file: that of the case's line with the latest Datum
   *     overleg (or of its first line when it has no meeting)
   * @param exploitationForm the first one given on any line of the case, or null
   * @param referredOn Datum aanmelding
   */
  record NewCase(
      int line,
      String registrationNumber,
      ClientRef client,
      CaseType caseType,
      ExploitationForm exploitationForm,
      LocalDate referredOn,
      String referrer,
      CaseStatus status,
      String director)
      implements ImportCommand {}

  /**
   * A meeting (Datum overleg) of a case: of a case created earlier in this import, or of the
   * existing case {@code existingCaseId}.
   *
   * @param status the case's status on this line; for an existing case the committer applies it
   *     when this meeting is later than the case's latest meeting
   */
  record NewMeeting(
      int line,
      String registrationNumber,
      String existingCaseId,
      LocalDate date,
      CaseStatus status,
      String director)
      implements ImportCommand {}
}
