package nl.casustafel.web.conference;

import java.util.List;
import nl.casustafel.conference.CaseRecord;
import nl.casustafel.conference.ItemView;
import nl.casustafel.web.casefile.Texts;

/**
 * One agenda item on the conference page. A case the reader's organisation does not take part in
 * shows as "Casus (niet voor uw organisatie)" with its time only.
 */
public record ItemRow(
    long id,
    int position,
    String time,
    long timebox,
    boolean overruns,
    boolean hidden,
    long caseId,
    String reference,
    String client,
    boolean clientHidden,
    String invitees,
    List<CaseRecord.Paragraph> paragraphs,
    List<PactRow> agreements,
    long withheld) {

  static ItemRow of(ItemView i, String reader, java.util.function.Function<String, String> names) {
    String time =
        ConferenceTimes.time(i.plannedStart()) + "–" + ConferenceTimes.time(i.plannedEnd());
    if (i.shown().isEmpty()) {
      return hidden(i, time);
    }
    var shown = i.shown().get();
    List<CaseRecord> visible = i.visible();
    return new ItemRow(
        i.id(),
        i.position(),
        time,
        i.timebox().toMinutes(),
        i.overruns(),
        false,
        shown.id().value(),
        shown.reference(),
        shown.client().disclosed().isPresent()
            ? shown.client().orElse("")
            : Texts.hidden(shown.client(), reader),
        shown.client().disclosed().isEmpty(),
        String.join(", ", i.invitees().stream().map(p -> names.apply(p.value())).toList()),
        visible.stream()
            .filter(CaseRecord.Paragraph.class::isInstance)
            .map(CaseRecord.Paragraph.class::cast)
            .toList(),
        visible.stream()
            .filter(CaseRecord.Pact.class::isInstance)
            .map(CaseRecord.Pact.class::cast)
            .map(a -> PactRow.of(a, names))
            .toList(),
        i.withheld());
  }

  /** An item of a case the reader's organisation does not take part in: its time, nothing else. */
  private static ItemRow hidden(ItemView i, String time) {
    return new ItemRow(
        i.id(),
        i.position(),
        time,
        i.timebox().toMinutes(),
        i.overruns(),
        true,
        0,
        Texts.get("conference.notForYou"),
        "",
        true,
        "",
        List.of(),
        List.of(),
        0);
  }

  public long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getTime() {
    return time;
  }

  public long getTimebox() {
    return timebox;
  }

  public boolean isOverruns() {
    return overruns;
  }

  public boolean isHidden() {
    return hidden;
  }

  public long getCaseId() {
    return caseId;
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

  public String getInvitees() {
    return invitees;
  }

  public List<CaseRecord.Paragraph> getParagraphs() {
    return paragraphs;
  }

  /** An agreement as the agenda shows it: status, text, owner by name, due day (dd-MM-yyyy). */
  public record PactRow(String status, String what, String owner, String dueOn) {
    static PactRow of(CaseRecord.Pact a, java.util.function.Function<String, String> names) {
      return new PactRow(
          a.status().name(),
          a.what(),
          names.apply(a.owner().value()),
          java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy").format(a.dueOn()));
    }

    public String getStatus() {
      return status;
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
  }

  public List<PactRow> getAgreements() {
    return agreements;
  }

  public long getWithheld() {
    return withheld;
  }
}
