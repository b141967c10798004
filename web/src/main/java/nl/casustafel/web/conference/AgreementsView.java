package nl.casustafel.web.conference;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.conference.AgreementStatus;
import nl.casustafel.conference.Agreements;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.partner.PartnerNames;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs "Mijn afspraken": the open agreements of the reader's organisation, due first, with their
 * status to set; for the case director also every agreement of the tenant that is overdue or due
 * within seven days.
 */
@Named
@ViewScoped
public class AgreementsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient Agreements agreements;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private transient PartnerNames partners;
  @Inject private ActiveTenant activeTenant;

  private List<AgreementRow> mine = List.of();
  private List<AgreementRow> due = List.of();
  private boolean director;
  private Long agreement;
  private AgreementStatus status = AgreementStatus.DONE;
  private String reason;

  @PostConstruct
  void init() {
    if (activeTenant.id().isEmpty()) {
      return;
    }
    mine = AgreementRow.of(agreements.mine(user()), partners::of);
    director = agreements.followsUpAll(user());
    if (director) {
      due = AgreementRow.of(agreements.dueSoon(user()), partners::of);
    }
  }

  /** Sets the chosen agreement's status; the page reloads with the message. */
  public String change() {
    try {
      if (agreement == null) {
        throw new IllegalArgumentException("case is required.");
      }
      agreements.change(
          user(), agreement, status, reason == null || reason.isBlank() ? null : reason);
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get("agreement.changed"));
      return ConferenceTimes.keep("/agreements.xhtml");
    } catch (IllegalArgumentException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, ConferenceTimes.explain(e));
    } catch (IllegalStateException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("agreement.final"));
    } catch (AccessRefused | CaseUnknown e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
    return null;
  }

  public List<jakarta.faces.model.SelectItem> getChoices() {
    return mine.stream()
        .filter(AgreementRow::open)
        .map(a -> new jakarta.faces.model.SelectItem(a.id(), a.reference() + ": " + a.dueOn()))
        .toList();
  }

  public AgreementStatus[] getStatuses() {
    return AgreementStatus.values();
  }

  public boolean isTenantActive() {
    return activeTenant.id().isPresent();
  }

  public boolean isDirector() {
    return director;
  }

  public List<AgreementRow> getMine() {
    return mine;
  }

  public List<AgreementRow> getDue() {
    return due;
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
