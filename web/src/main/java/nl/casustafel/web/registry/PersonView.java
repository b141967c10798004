package nl.casustafel.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.casustafel.casefile.CareItem;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseTrack;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.registry.PersonTimeline;
import nl.casustafel.registry.Timeline;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.partner.PartnerNames;

/**
 * Backs a person's timeline (person.xhtml?id=…): referrals and signals, cases with their status
 * history, and care episodes in one chronological list, as the decision point lets the reader see
 * them; what was hidden is only counted.
 */
@Named
@ViewScoped
public class PersonView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient PersonTimeline timelines;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private transient PartnerNames partners;

  private String id;
  private String name;
  private List<TimelineRow> rows = List.of();
  private int hidden;
  private boolean known;

  /** Reads the timeline; an unknown or invisible person shows "no access". */
  public void load() {
    try {
      Timeline timeline =
          timelines.of(user(), CaseId.parse(id).orElseThrow(CaseUnknown::new).value());
      List<TimelineRow> all = new ArrayList<>();
      timeline.referrals().forEach(r -> all.add(referral(r)));
      timeline.cases().forEach(t -> all.addAll(track(t)));
      all.sort(Comparator.comparing(TimelineRow::day));
      rows = all;
      hidden = timeline.hidden();
      name = nameOf(timeline);
      known = true;
    } catch (CaseUnknown e) {
      known = false;
    }
  }

  private static String nameOf(Timeline timeline) {
    return timeline.cases().stream()
        .flatMap(t -> t.summary().client().disclosed().stream())
        .map(d -> d.value())
        .findFirst()
        .or(
            () ->
                timeline.referrals().stream()
                    .flatMap(r -> r.name().disclosed().stream())
                    .map(d -> d.value())
                    .findFirst())
        .orElseGet(() -> Texts.get("person.nameHidden"));
  }

  private TimelineRow referral(Timeline.ReferralItem r) {
    String what =
        Texts.get("triage.source." + r.source())
            + " "
            + r.reference()
            + r.outcome().map(o -> " — " + Texts.get("triage.outcome." + o)).orElse("");
    return new TimelineRow(
        AmsterdamTime.dayOf(r.receivedAt()),
        what,
        r.texts().disclosed().orElseThrow().value().reason());
  }

  private List<TimelineRow> track(CaseTrack t) {
    List<TimelineRow> rows = new ArrayList<>();
    String reference = t.summary().reference();
    t.history()
        .forEach(
            h ->
                rows.add(
                    new TimelineRow(
                        AmsterdamTime.dayOf(h.at()),
                        Texts.get("person.case", reference),
                        Texts.get("case.status." + h.to()))));
    t.care().stream()
        .flatMap(o -> o.disclosed().stream())
        .map(d -> care(reference, d.value()))
        .forEach(rows::add);
    return rows;
  }

  private TimelineRow care(String reference, CareItem c) {
    String period =
        c.end()
            .map(e -> Texts.get("person.careUntil", AmsterdamTime.DATE.format(e)))
            .orElseGet(() -> Texts.get("person.careOngoing"));
    return new TimelineRow(
        c.start(),
        Texts.get("care.kind." + c.kind()) + " — " + partners.of(c.provider()),
        reference + ", " + period + c.outcome().map(o -> ": " + o).orElse(""));
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public List<TimelineRow> getRows() {
    return rows;
  }

  public int getHidden() {
    return hidden;
  }

  /** "3 verborgen items". */
  public String getHiddenText() {
    return Texts.get("person.hidden", hidden);
  }

  public boolean isKnown() {
    return known;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
