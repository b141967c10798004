package nl.casustafel.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.registry.DestructionProposal;
import nl.casustafel.registry.DestructionResult;
import nl.casustafel.registry.Retention;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs "Bewaartermijnen" (retention): for the ZVH manager the proposed destruction list
 * (references and dates, no names), building it now, and approving it after an explicit
 * confirmation; for the manager and the auditor the yearly figures.
 */
@Named
@ViewScoped
public class RetentionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient Retention retention;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;

  private boolean mayApprove;
  private boolean mayReadFigures;
  private Long listId;
  private String builtForDay;
  private int persons;
  private List<DestructionRow> rows = List.of();
  private List<FigureRow> figures = List.of();
  private boolean confirmed;

  @PostConstruct
  void init() {
    if (activeTenant.id().isEmpty()) {
      return;
    }
    mayApprove = retention.mayApprove(user());
    mayReadFigures = retention.mayReadFigures(user());
    load();
  }

  private void load() {
    if (mayApprove) {
      show(retention.proposal(user()));
    }
    if (mayReadFigures) {
      figures = retention.figures(user()).stream().map(FigureRow::of).toList();
    }
  }

  private void show(Optional<DestructionProposal> proposal) {
    listId = proposal.map(DestructionProposal::id).orElse(null);
    builtForDay = proposal.map(p -> AmsterdamTime.DATE.format(p.builtForDay())).orElse(null);
    persons = proposal.map(DestructionProposal::persons).orElse(0);
    rows = proposal.map(p -> p.cases().stream().map(DestructionRow::of).toList()).orElse(List.of());
  }

  /** Builds today's list now. */
  public void build() {
    try {
      show(Optional.of(retention.build(user())));
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get("retention.built"));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  /** Approves and executes the shown list, only after the confirmation was ticked. */
  public void approve() {
    if (!confirmed || listId == null) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("retention.confirmFirst"));
      return;
    }
    try {
      DestructionResult result = retention.approve(user(), listId);
      CaseFileView.message(
          FacesMessage.SEVERITY_INFO,
          Texts.get("retention.executed", result.cases(), result.persons()));
      confirmed = false;
      load();
    } catch (IllegalArgumentException | CaseUnknown e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("retention.stale"));
      load();
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  public boolean isTenantActive() {
    return activeTenant.id().isPresent();
  }

  public boolean isMayApprove() {
    return mayApprove;
  }

  public boolean isMayReadFigures() {
    return mayReadFigures;
  }

  public boolean isProposed() {
    return listId != null;
  }

  /** "Built for 29-11-2026. Persons destroyed with it: 2." */
  public String getBuiltFor() {
    return builtForDay == null ? "" : Texts.get("retention.builtFor", builtForDay, persons);
  }

  public List<DestructionRow> getRows() {
    return rows;
  }

  public List<FigureRow> getFigures() {
    return figures;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
