package nl.casustafel.registry.gcos;

/**
 * The lines of one case must agree on what belongs to the case: the person, the case type and the
 * exploitation form (an empty one agrees with any). Other columns (status, director, residence) may
 * change from meeting to meeting.
 */
final class CaseConsistency {

  private CaseConsistency() {}

  /** The Dutch reason why {@code row} does not fit the case, or null when it does. */
  static String check(CaseBook.Entry known, GcosRow row) {
    if (!known.person.samePersonAs(row.person().key())) {
      return String.format(ImportText.INCONSISTENT_PERSON, known.firstLine);
    }
    if (known.type != row.caseType()) {
      return String.format(ImportText.INCONSISTENT_TYPE, known.firstLine);
    }
    if (known.form != null
        && row.exploitationForm() != null
        && known.form != row.exploitationForm()) {
      return String.format(ImportText.INCONSISTENT_EXPLOITATION, known.firstLine);
    }
    return null;
  }
}
