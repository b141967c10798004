package nl.casustafel.web.casefile;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import nl.casustafel.casefile.CaseSummary;
import nl.casustafel.shared.AmsterdamTime;

/** One case as the list and the case-file header show it, with hidden parts already in words. */
public final class CaseRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String reference;
  private final String client;
  private final boolean clientHidden;
  private final String kind;
  private final String status;
  private final String lead;
  private final String opened;
  private final boolean statementRequired;

  CaseRow(
      long id,
      String reference,
      String client,
      boolean clientHidden,
      String kind,
      String status,
      String lead,
      String opened,
      boolean statementRequired) {
    this.id = id;
    this.reference = reference;
    this.client = client;
    this.clientHidden = clientHidden;
    this.kind = kind;
    this.status = status;
    this.lead = lead;
    this.opened = opened;
    this.statementRequired = statementRequired;
  }

  public long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getClient() {
    return client;
  }

  public boolean isClientHidden() {
    return clientHidden;
  }

  public String getKind() {
    return kind;
  }

  public String getStatus() {
    return status;
  }

  public String getLead() {
    return lead;
  }

  public String getOpened() {
    return opened;
  }

  public boolean isStatementRequired() {
    return statementRequired;
  }

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(AmsterdamTime.ZONE);

  static CaseRow of(CaseSummary c, String leadName, String readerPartner) {
    String kind = Texts.get("case.type." + c.type());
    if (c.exploitationForm().isPresent()) {
      kind +=
          c.exploitationForm()
              .get()
              .disclosed()
              .map(f -> " — " + Texts.get("case.form." + f.value()))
              .orElse("");
    }
    return new CaseRow(
        c.id().value(),
        c.reference(),
        c.client().disclosed().isPresent()
            ? c.client().disclosed().get().value()
            : Texts.hidden(c.client(), readerPartner),
        c.client().disclosed().isEmpty(),
        kind,
        Texts.get("case.status." + c.status()),
        leadName,
        DAY.format(c.openedAt()),
        c.statementRequired());
  }
}
