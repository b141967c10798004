package nl.casustafel.web.registry;

import java.io.Serializable;
import nl.casustafel.registry.TriageEntry;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.Texts;

/**
 * One referral or signal in the triage queue as the screen shows it: what the decision point hid
 * says so ("Verborgen — ..."), an anonymous signal says that it names nobody.
 */
public record TriageRow(
    long id,
    String reference,
    String source,
    String person,
    boolean personHidden,
    String reason,
    boolean reasonHidden,
    String received,
    String triageDate,
    boolean repeat)
    implements Serializable {

  // Jakarta EL 5 reads properties by getters only, not by record accessors.
  public long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getSource() {
    return source;
  }

  public String getPerson() {
    return person;
  }

  public boolean isPersonHidden() {
    return personHidden;
  }

  public String getReason() {
    return reason;
  }

  public boolean isReasonHidden() {
    return reasonHidden;
  }

  public String getTriageDate() {
    return triageDate;
  }

  public boolean isRepeat() {
    return repeat;
  }

  static TriageRow of(TriageEntry e, String reader) {
    String person =
        e.name()
            .map(
                n ->
                    n.disclosed().isPresent()
                        ? n.disclosed().get().value() + born(e)
                        : Texts.hidden(n, reader))
            .orElseGet(() -> Texts.get("triage.anonymous"));
    boolean personHidden = e.name().map(n -> n.disclosed().isEmpty()).orElse(false);
    return new TriageRow(
        e.id(),
        e.reference(),
        Texts.get("triage.source." + e.source()),
        person,
        personHidden,
        e.texts().disclosed().isPresent()
            ? e.texts().disclosed().get().value().reason()
            : Texts.hidden(e.texts(), reader),
        e.texts().disclosed().isEmpty(),
        AmsterdamTime.DATE_TIME.format(e.receivedAt()),
        AmsterdamTime.DATE.format(e.triageDate()),
        e.repeat());
  }

  private static String born(TriageEntry e) {
    return e.dateOfBirth()
        .flatMap(d -> d.disclosed())
        .flatMap(d -> d.value())
        .map(d -> " (" + AmsterdamTime.DATE.format(d) + ")")
        .orElse("");
  }
}
