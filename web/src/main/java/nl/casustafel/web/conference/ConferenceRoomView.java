package nl.casustafel.web.conference;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.casefile.CaseFiles;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.conference.Agendas;
import nl.casustafel.conference.ConferenceView;
import nl.casustafel.conference.Conferences;
import nl.casustafel.conference.Meetings;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.registry.Triage;
import nl.casustafel.shared.PageRequest;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.partner.PartnerNames;

/**
 * Backs the conference page: the agenda as the reader's organisation may see it, and for the case
 * director the agenda work (cases, invitations), for the planners moving and cancelling. Minutes,
 * agreements and attendance: {@link MinutesPanel}.
 */
@Named
@ViewScoped
public class ConferenceRoomView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient Meetings meetings;
  @EJB private transient Agendas agendas;
  @EJB private transient Conferences conferences;
  @EJB private transient CaseFiles caseFiles;
  @EJB private transient Triage triage;
  @EJB private transient nl.casustafel.conference.ConferencePrints prints;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private transient PartnerNames partners;

  private String id;
  private boolean found;
  private String title;
  private String when;
  private String venue;
  private String status;
  private boolean planned;
  private String overrun;
  private ConferenceView.Rights rights = new ConferenceView.Rights(false, false, false);
  private List<ItemRow> items = List.of();
  private List<String[]> attendance = List.of();
  private String reference;
  private Long inviteItem;
  private String invitePartner;
  private List<SelectItem> partnerChoices;
  private Long arrangeItem;
  private int timebox = 15;
  private int position = 1;
  private String moveStart;
  private String moveEnd;

  /** Loads the conference (each case shown is logged as read). */
  public void load() {
    try {
      ConferenceView v = meetings.view(user(), conferenceId(), AuditAction.READ);
      String reader = user().partner().map(partners::of).orElse("");
      found = true;
      title = v.conference().title();
      when = ConferenceTimes.span(v.conference().start(), v.conference().end());
      venue = ConferenceTimes.venue(v.conference().venue());
      status = Texts.get("conference.status." + v.conference().status().name());
      planned = v.conference().status() == nl.casustafel.conference.ConferenceStatus.PLANNED;
      overrun = v.overrun().map(o -> Texts.get("conference.overrun", o.toMinutes())).orElse(null);
      rights = v.rights();
      items =
          v.items().stream()
              .map(i -> ItemRow.of(i, reader, p -> partners.of(new PartnerId(p))))
              .toList();
      attendance =
          v.attendance().stream()
              .map(
                  a ->
                      new String[] {
                        partners.of(a.partner()),
                        a.person(),
                        Texts.get("presence." + a.presence().name())
                      })
              .toList();
      moveStart = ConferenceTimes.local(v.conference().start());
      moveEnd = ConferenceTimes.local(v.conference().end());
    } catch (CaseUnknown | AccessRefused e) {
      found = false;
    }
  }

  /** The director puts the case with this reference on the agenda. */
  public String addCase() {
    return act(
        () -> {
          String wanted = reference == null ? "" : reference.strip();
          CaseId kase =
              caseFiles.list(user(), new PageRequest(0, 5, wanted)).items().stream()
                  .filter(c -> c.reference().equalsIgnoreCase(wanted))
                  .findFirst()
                  .orElseThrow(() -> new IllegalArgumentException("case not found."))
                  .id();
          agendas.add(user(), conferenceId(), kase);
        },
        "conference.caseAdded");
  }

  /** The director invites a partner for one item (it becomes a participant of the case). */
  public String invite() {
    return act(
        () -> {
          if (inviteItem == null || invitePartner == null || invitePartner.isBlank()) {
            throw new IllegalArgumentException("partner is required.");
          }
          agendas.invite(user(), inviteItem, new PartnerId(invitePartner));
        },
        "conference.invited");
  }

  /** The director sets an item's timebox (minutes) and its place on the agenda. */
  public String arrange() {
    return act(
        () -> {
          if (arrangeItem == null) {
            throw new IllegalArgumentException("case is required.");
          }
          agendas.timebox(user(), arrangeItem, timebox);
          agendas.reorder(user(), arrangeItem, position);
        },
        "conference.arranged");
  }

  /** Puts the cases whose agreements fall due by the conference's day on its agenda. */
  public String placeDue() {
    return act(() -> agendas.placeDueAgreements(user(), conferenceId()), "conference.dueAdded");
  }

  public String move() {
    return act(
        () ->
            conferences.move(
                user(),
                conferenceId(),
                ConferenceTimes.instant("start", moveStart),
                ConferenceTimes.instant("end", moveEnd)),
        "conference.moved");
  }

  public String cancel() {
    return act(() -> conferences.cancel(user(), conferenceId()), "conference.cancelled");
  }

  public String finalise() {
    return act(() -> meetings.finalise(user(), conferenceId()), "conference.finalised");
  }

  /** The agenda as a PDF for the reader's organisation (each case on it logged as PRINT). */
  public void agendaPdf() throws java.io.IOException {
    nl.casustafel.web.shared.Download.send(
        jakarta.faces.context.FacesContext.getCurrentInstance(),
        prints.agenda(user(), conferenceId()),
        "application/pdf",
        "agenda-" + conferenceId() + ".pdf");
  }

  /** The minutes as a PDF for the reader's organisation (each case on it logged as PRINT). */
  public void minutesPdf() throws java.io.IOException {
    nl.casustafel.web.shared.Download.send(
        jakarta.faces.context.FacesContext.getCurrentInstance(),
        prints.minutes(user(), conferenceId()),
        "application/pdf",
        "verslag-" + conferenceId() + ".pdf");
  }

  /** Runs a change; on success reloads the page with the message, otherwise explains. */
  String act(Runnable change, String done) {
    try {
      change.run();
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get(done));
      return ConferenceTimes.keep("/conference.xhtml?id=" + id);
    } catch (IllegalArgumentException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, ConferenceTimes.explain(e));
    } catch (IllegalStateException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("conference.notPlanned"));
    } catch (AccessRefused | CaseUnknown e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
    return null;
  }

  long conferenceId() {
    try {
      return Long.parseLong(id == null ? "" : id);
    } catch (NumberFormatException e) {
      throw new CaseUnknown();
    }
  }

  /** The partners the director may invite, by name. */
  public List<SelectItem> getPartnerChoices() {
    if (partnerChoices == null) { // asked by three forms per render: decided once per view
      partnerChoices =
          triage.invitable().stream()
              .map(p -> new SelectItem(p.value(), partners.of(p)))
              .sorted(Comparator.comparing(SelectItem::getLabel))
              .toList();
    }
    return partnerChoices;
  }

  /** The items whose case the reader may see, for the item choices of the forms. */
  public List<SelectItem> getItemChoices() {
    return items.stream()
        .filter(i -> !i.hidden())
        .map(i -> new SelectItem(i.id(), i.position() + ". " + i.reference()))
        .toList();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isFound() {
    return found;
  }

  public String getTitle() {
    return title;
  }

  public String getWhen() {
    return when;
  }

  public String getVenue() {
    return venue;
  }

  public String getStatus() {
    return status;
  }

  public boolean isPlanned() {
    return planned;
  }

  public String getOverrun() {
    return overrun;
  }

  public ConferenceView.Rights getRights() {
    return rights;
  }

  public boolean isMayPlan() {
    return rights.plan() && planned;
  }

  public boolean isMayDirect() {
    return rights.direct() && planned;
  }

  public boolean isMayKeepMinutes() {
    return rights.keepMinutes() && planned;
  }

  public List<ItemRow> getItems() {
    return items;
  }

  public List<String[]> getAttendance() {
    return attendance;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public Long getInviteItem() {
    return inviteItem;
  }

  public void setInviteItem(Long inviteItem) {
    this.inviteItem = inviteItem;
  }

  public String getInvitePartner() {
    return invitePartner;
  }

  public void setInvitePartner(String invitePartner) {
    this.invitePartner = invitePartner;
  }

  public Long getArrangeItem() {
    return arrangeItem;
  }

  public void setArrangeItem(Long arrangeItem) {
    this.arrangeItem = arrangeItem;
  }

  public int getTimebox() {
    return timebox;
  }

  public void setTimebox(int timebox) {
    this.timebox = timebox;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public String getMoveStart() {
    return moveStart;
  }

  public void setMoveStart(String moveStart) {
    this.moveStart = moveStart;
  }

  public String getMoveEnd() {
    return moveEnd;
  }

  public void setMoveEnd(String moveEnd) {
    this.moveEnd = moveEnd;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
