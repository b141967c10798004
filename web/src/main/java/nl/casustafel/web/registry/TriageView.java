package nl.casustafel.web.registry;

import jakarta.annotation.PostConstruct;
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
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.casefile.ExploitationForm;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.registry.Triage;
import nl.casustafel.registry.TriageDecision;
import nl.casustafel.registry.TriageDuplicates;
import nl.casustafel.registry.TriageOutcome;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.partner.PartnerNames;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs "Triage": the queue of referrals and signals for the ZVH's staff, and for the case director
 * the decision on one of them (advice, open a case inviting partners, forward, no action), each
 * with a reason and whether the person is informed.
 */
@Named
@ViewScoped
public class TriageView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient Triage triage;
  @EJB private transient TriageDuplicates triageDuplicates;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private transient PartnerNames partners;
  @Inject private ActiveTenant activeTenant;

  private List<TriageRow> rows = List.of();
  private List<DuplicateRow> duplicates = List.of();
  private boolean mayTriage;
  private boolean mayDecide;
  private Long selected;
  private TriageOutcome outcome = TriageOutcome.OPEN_CASE;
  private String reason;
  private String lead;
  private List<String> invite = List.of();
  private ExploitationForm exploitationForm;
  private String forwardTo;
  private boolean personInformed = true;
  private String notInformedReason;

  @PostConstruct
  void init() {
    if (activeTenant.id().isEmpty()) {
      return;
    }
    mayTriage = triage.mayTriage(user());
    mayDecide = mayTriage && triage.mayDecide(user());
    load();
  }

  private void load() {
    if (mayTriage) {
      String reader = user().partner().map(partners::of).orElse("");
      rows = triage.queue(user()).stream().map(e -> TriageRow.of(e, reader)).toList();
    }
  }

  /** Chooses the referral to decide on. */
  public void select(long id) {
    selected = id;
    try {
      duplicates = triageDuplicates.of(user(), id).stream().map(DuplicateRow::of).toList();
    } catch (AccessRefused | CaseUnknown e) {
      duplicates = List.of();
    }
  }

  /** The likely duplicates of the selected referral's person (logged when shown). */
  public List<DuplicateRow> getDuplicates() {
    return duplicates;
  }

  /** Records the decision; on a refusal nothing is stored and the form keeps its input. */
  public void decide() {
    if (selected == null) {
      return;
    }
    try {
      Optional<String> kase = triage.decide(user(), selected, decision());
      CaseFileView.message(
          FacesMessage.SEVERITY_INFO,
          kase.map(k -> Texts.get("triage.opened", k))
              .orElseGet(() -> Texts.get("triage.decided")));
      selected = null;
      duplicates = List.of();
      load();
    } catch (IllegalArgumentException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, explain(e));
    } catch (AccessRefused | CaseUnknown e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  private TriageDecision decision() {
    return new TriageDecision(
        outcome,
        reason,
        Optional.ofNullable(forwardTo).filter(f -> !f.isBlank()).map(PartnerId::new),
        Optional.ofNullable(lead).filter(l -> !l.isBlank()).map(PartnerId::new),
        invite.stream().map(PartnerId::new).toList(),
        Optional.ofNullable(exploitationForm),
        personInformed,
        Optional.ofNullable(notInformedReason));
  }

  private static String explain(IllegalArgumentException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    for (String field : List.of("forwardTo", "notInformedReason", "reason", "invite")) {
      if (message.startsWith(field)) {
        return Texts.get("triage.bad." + field);
      }
    }
    return message.contains("anonymous")
        ? Texts.get("triage.bad.anonymous")
        : Texts.get("triage.bad");
  }

  /** The partners that may lead or be invited, by name. */
  public List<SelectItem> getPartnerChoices() {
    return triage.invitable().stream()
        .map(p -> new SelectItem(p.value(), partners.of(p)))
        .sorted(Comparator.comparing(SelectItem::getLabel))
        .toList();
  }

  public TriageOutcome[] getOutcomes() {
    return TriageOutcome.values();
  }

  public ExploitationForm[] getExploitationForms() {
    return ExploitationForm.values();
  }

  public boolean isTenantActive() {
    return activeTenant.id().isPresent();
  }

  public boolean isMayTriage() {
    return mayTriage;
  }

  public boolean isMayDecide() {
    return mayDecide;
  }

  public List<TriageRow> getRows() {
    return rows;
  }

  /** The row being decided, if any. */
  public TriageRow getSelectedRow() {
    return rows.stream()
        .filter(r -> selected != null && r.id() == selected)
        .findFirst()
        .orElse(null);
  }

  public TriageOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(TriageOutcome outcome) {
    this.outcome = outcome;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getLead() {
    return lead;
  }

  public void setLead(String lead) {
    this.lead = lead;
  }

  public List<String> getInvite() {
    return invite;
  }

  public void setInvite(List<String> invite) {
    this.invite = invite == null ? List.of() : List.copyOf(invite);
  }

  public ExploitationForm getExploitationForm() {
    return exploitationForm;
  }

  public void setExploitationForm(ExploitationForm exploitationForm) {
    this.exploitationForm = exploitationForm;
  }

  public String getForwardTo() {
    return forwardTo;
  }

  public void setForwardTo(String forwardTo) {
    this.forwardTo = forwardTo;
  }

  public boolean isPersonInformed() {
    return personInformed;
  }

  public void setPersonInformed(boolean personInformed) {
    this.personInformed = personInformed;
  }

  public String getNotInformedReason() {
    return notInformedReason;
  }

  public void setNotInformedReason(String notInformedReason) {
    this.notInformedReason = notInformedReason;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
