package nl.casustafel.web.casefile;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseLifecycle;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AccessRefused;

/**
 * The director's lifecycle part of the case file: the next status with a reason, and the handover
 * of the lead to a partner that takes part. Shown with the participation panel (directors only);
 * the service decides again.
 */
@Named
@ViewScoped
public class LifecyclePanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseLifecycle lifecycle;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;

  private CaseStatus status;
  private String reason;
  private String lead;

  public String changeStatus(String caseId) {
    if (status == null) {
      return nothingChosen(); // Case.changeStatus would meet null in a List.of: an error page.
    }
    return act(
        caseId,
        () -> lifecycle.changeStatus(user(), CaseId.parse(caseId).orElseThrow(), status, reason),
        "lifecycle.statusChanged");
  }

  public String handOver(String caseId) {
    if (lead == null || lead.isBlank()) {
      return nothingChosen(); // new PartnerId(null) threw a NullPointerException: an error page.
    }
    return act(
        caseId,
        () ->
            lifecycle.handOverLead(user(), CaseId.parse(caseId).orElseThrow(), new PartnerId(lead)),
        "lifecycle.leadHandedOver");
  }

  /** The button was pressed without choosing a status or partner (FormFuzzIT found the 500). */
  private static String nothingChosen() {
    CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("lifecycle.bad"));
    return null;
  }

  private String act(String caseId, Runnable act, String done) {
    try {
      act.run();
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get(done));
      status = null;
      reason = lead = null;
      // A fresh load shows the new status and what may follow it; the message survives.
      jakarta.faces.context.FacesContext.getCurrentInstance()
          .getExternalContext()
          .getFlash()
          .setKeepMessages(true);
      return "/case?faces-redirect=true&id=" + caseId;
    } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("lifecycle.bad"));
    } catch (AccessRefused | CaseUnknown e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
    return null;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
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

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
