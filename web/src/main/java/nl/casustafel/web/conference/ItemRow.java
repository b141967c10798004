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
    List<CaseRecord.Pact> agreements,
    long withheld) {

  static ItemRow of(ItemView i, String reader, java.util.function.Function<String, String> names) {
    String time =
        ConferenceTimes.time(i.plannedStart()) + "–" + ConferenceTimes.time(i.plannedEnd());
    if (i.shown().isEmpty()) {
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
            .toList(),
        i.withheld());
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

  public List<CaseRecord.Pact> getAgreements() {
    return agreements;
  }

  public long getWithheld() {
    return withheld;
  }
}
