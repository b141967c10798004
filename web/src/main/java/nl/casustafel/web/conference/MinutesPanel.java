package nl.casustafel.web.conference;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
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
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;

/**
 * The conference page's minutes work for those who keep them: a paragraph per item with its data
 * category, rewriting one on the version read (a save that lost a race is refused: the writer's
 * text stays in the form with a message, to merge with what the page then shows), agreements and
 * the attendance register.
 */
@Named
@ViewScoped
public class MinutesPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient Meetings meetings;
  @EJB private transient Agreements agreements;
  @Inject private transient CurrentUser user;
  @Inject private ConferenceRoomView room;

  private Long item;
  private DataCategory category = DataCategory.SOCIAL;
  private ParagraphKind kind = ParagraphKind.DISCUSSION;
  private String text;
  private Long paragraph;
  private long version;
  private String rewrite;
  private String what;
  private String owner;
  private String dueOn;
  private String attendee;
  private String attendeePartner;
  private Presence presence = Presence.PRESENT;
  private Long agreement;
  private AgreementStatus status = AgreementStatus.DONE;
  private String reason;

  public String write() {
    return room.act(
        () -> meetings.write(user, required(item), category, kind, text), "minutes.saved");
  }

  /** Saves the new text on the version read; a conflict keeps the text here to merge. */
  public String save() {
    try {
      return room.act(
          () -> meetings.rewrite(user, required(paragraph), version, rewrite), "minutes.saved");
    } catch (MinutesConflict | OptimisticLockException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("minutes.conflict"));
      room.load();
      return null;
    }
  }

  public String agree() {
    return room.act(
        () ->
            agreements.make(
                user,
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
        () -> agreements.change(user, required(agreement), status, reason), "agreement.changed");
  }

  public String attend() {
    return room.act(
        () ->
            meetings.attend(
                user,
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

  public Long getParagraph() {
    return paragraph;
  }

  public void setParagraph(Long paragraph) {
    this.paragraph = paragraph;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getRewrite() {
    return rewrite;
  }

  public void setRewrite(String rewrite) {
    this.rewrite = rewrite;
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
}
