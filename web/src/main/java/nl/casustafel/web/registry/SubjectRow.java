package nl.casustafel.web.registry;

import java.io.Serializable;
import nl.casustafel.registry.SubjectAccessReports;

/**
 * One person found on the access-request page: their internal number and case references, never
 * their name (the manager needs neither to answer the request). Getters for EL.
 */
public record SubjectRow(long person, String references) implements Serializable {

  static SubjectRow of(SubjectAccessReports.Found found) {
    return new SubjectRow(found.person(), String.join(", ", found.references()));
  }

  public long getPerson() {
    return person;
  }

  public String getReferences() {
    return references;
  }
}
