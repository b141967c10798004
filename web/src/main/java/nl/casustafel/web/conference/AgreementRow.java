package nl.casustafel.web.conference;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import nl.casustafel.casefile.CaseRecords;
import nl.casustafel.conference.Agreements;
import nl.casustafel.conference.CaseRecord;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.web.casefile.Texts;

/** One agreement on "Mijn afspraken"; its text only as the decision point disclosed it. */
public record AgreementRow(
    long id,
    long caseId,
    String reference,
    String what,
    String owner,
    String dueOn,
    String due,
    String dueState,
    String status,
    boolean open) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  static List<AgreementRow> of(Agreements.Listing listing, Function<PartnerId, String> names) {
    return listing.cases().stream().flatMap(c -> rows(c, names).stream()).toList();
  }

  private static List<AgreementRow> rows(
      CaseRecords.Shown<CaseRecord> kase, Function<PartnerId, String> names) {
    return kase.records().stream()
        .flatMap(o -> o.disclosed().stream().map(d -> d.value()))
        .filter(CaseRecord.Pact.class::isInstance)
        .map(CaseRecord.Pact.class::cast)
        .map(
            a ->
                new AgreementRow(
                    a.id(),
                    kase.id().value(),
                    kase.reference(),
                    a.what(),
                    names.apply(a.owner()),
                    DAY.format(a.dueOn()),
                    Texts.get("agreement.due." + a.due().name()),
                    a.due().name(),
                    Texts.get("agreement.status." + a.status().name()),
                    !a.status().isFinal()))
        .toList();
  }

  public long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getReference() {
    return reference;
  }

  public String getWhat() {
    return what;
  }

  public String getOwner() {
    return owner;
  }

  public String getDueOn() {
    return dueOn;
  }

  public String getDue() {
    return due;
  }

  public String getDueState() {
    return dueState;
  }

  public String getStatus() {
    return status;
  }

  public boolean isOpen() {
    return open;
  }
}
