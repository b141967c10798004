package nl.casustafel.web.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.casustafel.covenant.Covenant;

/** One covenant version in the list, with its partners' signatures in words. */
public record VersionRow(
    int version, String status, String title, LocalDate validFrom, List<String> signatures)
    implements Serializable {

  static VersionRow of(Covenant c) {
    return new VersionRow(
        c.version(),
        c.status().name(),
        c.title(),
        c.validFrom(),
        c.memberships().stream()
            .map(
                m ->
                    m.partner().value()
                        + ": "
                        + m.signedOn()
                            .map(d -> d + " (" + m.signedBy().orElse("") + ")")
                            .orElse("—"))
            .sorted()
            .toList());
  }

  public int getVersion() {
    return version;
  }

  public String getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public List<String> getSignatures() {
    return signatures;
  }
}
