package nl.casustafel.web.casefile;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseParticipations;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.casefile.ParticipationView;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.web.partner.PartnerNames;

/**
 * The participation part of the case file: the director's list with revoke and invite, and the
 * ad-hoc partner's confidentiality statement. Every act reloads the page, so what shows is what the
 * policy decision point allows after it.
 */
@Named
@ViewScoped
public class ParticipationPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseParticipations participations;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private transient PartnerNames partners;

  private CaseId caseId;
  private List<ParticipationRow> rows = List.of();
  private List<SelectItem> candidates = List.of();
  private boolean director;
  private String selected;

  void show(Optional<CaseId> shown) {
    caseId = shown.orElse(null);
    director = false;
    // Only the case director manages participation: others are not even asked (each refusal
    // would be a DENY in the log). The service decides again.
    if (caseId == null || !participations.directsCases(user())) {
      return;
    }
    try {
      List<ParticipationView> all = participations.of(user(), caseId);
      director = true;
      rows = all.stream().map(this::row).toList();
      candidates = candidates(participations.candidates(user(), caseId));
    } catch (AccessRefused e) {
      rows = List.of(); // Not the director: the panel stays hidden.
    }
  }

  public String revoke(String partner) {
    act(() -> participations.revoke(user(), caseId, new PartnerId(partner)));
    return reload();
  }

  public String invite() {
    if (selected != null && !selected.isBlank()) {
      act(() -> participations.invite(user(), caseId, new PartnerId(selected), null));
    }
    return reload();
  }

  /** Breaks the glass on a case; refusals reach the caller. */
  void breakGlass(CaseId id, String reason) {
    participations.breakGlass(user(), id, reason);
  }

  /** Whether the user may break the glass in the active tenant (asked of the decision point). */
  boolean mayBreakGlass() {
    return participations.mayBreakGlass(user());
  }

  public String acceptStatement() {
    act(() -> participations.acceptStatement(user(), caseId));
    return reload();
  }

  private void act(Runnable act) {
    try {
      act.run();
    } catch (AccessRefused | CaseUnknown | IllegalArgumentException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  private String reload() {
    return "/case?faces-redirect=true&id=" + caseId;
  }

  private ParticipationRow row(ParticipationView p) {
    String status =
        p.active()
            ? Texts.get("participation.active")
            : p.revokedAt()
                .map(r -> Texts.get("participation.revoked", CaseFileView.MOMENT.format(r)))
                .orElse(Texts.get("participation.ended"));
    return new ParticipationRow(
        p.partner().value(),
        partners.of(p.partner()),
        CaseFileView.MOMENT.format(p.invitedAt()) + " — " + p.invitedBy(),
        status,
        p.active());
  }

  /** The partners the decision point lets the director invite, by name. */
  private List<SelectItem> candidates(List<PartnerId> invitable) {
    return invitable.stream()
        .map(p -> new SelectItem(p.value(), partners.of(p)))
        .sorted(Comparator.comparing(SelectItem::getLabel))
        .toList();
  }

  public boolean isDirector() {
    return director;
  }

  public List<ParticipationRow> getRows() {
    return rows;
  }

  /** The partners that take part now (those the lead may be handed to). */
  public List<ParticipationRow> getActiveRows() {
    return rows.stream().filter(ParticipationRow::isActive).toList();
  }

  public List<SelectItem> getCandidates() {
    return candidates;
  }

  public String getSelected() {
    return selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
