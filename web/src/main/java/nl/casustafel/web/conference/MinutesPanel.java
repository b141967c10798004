package nl.casustafel.web.conference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.Objects;
import nl.casustafel.conference.Agreement;
import nl.casustafel.conference.AgreementStatus;
import nl.casustafel.conference.Agreements;
import nl.casustafel.conference.Meetings;
import nl.casustafel.conference.MinutesConflict;
import nl.casustafel.conference.ParagraphKind;
import nl.casustafel.conference.Presence;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.web.casefile.Texts;

/**
 * The conference page's minutes work for those who keep them: a paragraph per item with its data
 * category, each paragraph autosaved on the version read (a save that lost a race stores nothing:
 * the other's text is shown beside the draft to merge), agreements and the attendance register.
 */
@Named
@ViewScoped
public class MinutesPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient Meetings meetings;
  @EJB private transient Agreements agreements;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private ConferenceRoomView room;

  private Long item;
  private DataCategory category = DataCategory.SOCIAL;
  private ParagraphKind kind = ParagraphKind.DISCUSSION;
  private String text;
  private String what;
  private String owner;
  private String dueOn;
  private String attendee;
  private String attendeePartner;
  private Presence presence = Presence.PRESENT;
  private final java.util.Map<Long, String> drafts = new java.util.HashMap<>();
  private final java.util.Map<Long, Long> versions = new java.util.HashMap<>();
  private final java.util.Map<Long, String> states = new java.util.HashMap<>();
  private final java.util.Map<Long, String> theirs = new java.util.HashMap<>();

  /** The draft that lost a race, per paragraph: saved again only once the writer changed it. */
  private final java.util.Map<Long, String> conflicted = new java.util.HashMap<>();

  private Long agreement;
  private AgreementStatus status = AgreementStatus.DONE;
  private String reason;

  public String write() {
    return room.act(
        () -> meetings.write(user(), required(item), category, kind, text), "minutes.saved");
  }

  /**
   * Autosaves one paragraph (on leaving its text field, or its button) on the version this page
   * read. If someone else saved it meanwhile, nothing is stored: their text is shown beside the
   * draft, which stays, and the next save — the merge — goes on their version.
   */
  public void autosave(long id) {
    try {
      if (!versions.containsKey(id)) {
        seed();
      }
      if (Objects.equals(conflicted.get(id), drafts.get(id))) {
        return; // still the draft that lost: the writer merges first (the message says so)
      }
      var saved = meetings.rewrite(user(), id, versions.get(id), drafts.get(id));
      versions.put(id, saved.version());
      theirs.remove(id);
      conflicted.remove(id);
      states.put(id, Texts.get("minutes.autosaved", ConferenceTimes.time(saved.writtenAt())));
    } catch (MinutesConflict | OptimisticLockException e) {
      room.load();
      room.getItems().stream()
          .flatMap(i -> i.paragraphs().stream())
          .filter(p -> p.id() == id)
          .findFirst()
          .ifPresent(
              p -> {
                theirs.put(id, p.text());
                versions.put(id, p.version());
                conflicted.put(id, drafts.get(id));
              });
      states.put(id, Texts.get("minutes.conflict.inline"));
    } catch (IllegalArgumentException e) {
      states.put(id, ConferenceTimes.explain(e));
    } catch (nl.casustafel.policy.AccessRefused | nl.casustafel.casefile.CaseUnknown e) {
      states.put(id, Texts.get("case.notDone"));
    } catch (IllegalStateException e) {
      states.put(id, Texts.get("conference.notPlanned"));
    }
  }

  /** The drafts start as the texts and versions the page read. */
  private void seed() {
    room.getItems().stream()
        .flatMap(i -> i.paragraphs().stream())
        .forEach(
            p -> {
              drafts.putIfAbsent(p.id(), p.text());
              versions.putIfAbsent(p.id(), p.version());
            });
  }

  /** The draft of each paragraph shown, by id (seeded from the page). */
  public java.util.Map<Long, String> getDrafts() {
    if (drafts.isEmpty()) {
      seed();
    }
    return drafts;
  }

  public java.util.Map<Long, String> getStates() {
    return states;
  }

  public java.util.Map<Long, String> getTheirs() {
    return theirs;
  }

  public String agree() {
    return room.act(
        () ->
            agreements.make(
                user(),
                required(item),
                new Agreement.Terms(
                    category,
                    what,
                    new PartnerId(owner == null || owner.isBlank() ? "-" : owner),
                    ConferenceTimes.day("dueOn", dueOn))),
        "agreement.made");
  }

  public String changeStatus() {
    return room.act(
        () -> agreements.change(user(), required(agreement), status, reason), "agreement.changed");
  }

  public String attend() {
    return room.act(
        () ->
            meetings.attend(
                user(),
                room.conferenceId(),
                new PartnerId(attendeePartner == null ? "-" : attendeePartner),
                attendee,
                presence),
        "attendance.saved");
  }

  private static long required(Long id) {
    if (id == null) {
      throw new IllegalArgumentException("case is required.");
    }
    return id;
  }

  public DataCategory[] getCategories() {
    return DataCategory.values();
  }

  public ParagraphKind[] getKinds() {
    return ParagraphKind.values();
  }

  public Presence[] getPresences() {
    return Presence.values();
  }

  public AgreementStatus[] getStatuses() {
    return AgreementStatus.values();
  }

  public Long getItem() {
    return item;
  }

  public void setItem(Long item) {
    this.item = item;
  }

  public DataCategory getCategory() {
    return category;
  }

  public void setCategory(DataCategory category) {
    this.category = category;
  }

  public ParagraphKind getKind() {
    return kind;
  }

  public void setKind(ParagraphKind kind) {
    this.kind = kind;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getDueOn() {
    return dueOn;
  }

  public void setDueOn(String dueOn) {
    this.dueOn = dueOn;
  }

  public String getAttendee() {
    return attendee;
  }

  public void setAttendee(String attendee) {
    this.attendee = attendee;
  }

  public String getAttendeePartner() {
    return attendeePartner;
  }

  public void setAttendeePartner(String attendeePartner) {
    this.attendeePartner = attendeePartner;
  }

  public Presence getPresence() {
    return presence;
  }

  public void setPresence(Presence presence) {
    this.presence = presence;
  }

  public Long getAgreement() {
    return agreement;
  }

  public void setAgreement(Long agreement) {
    this.agreement = agreement;
  }

  public AgreementStatus getStatus() {
    return status;
  }

  public void setStatus(AgreementStatus status) {
    this.status = status;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
