package nl.casustafel.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.registry.SubjectAccessReports;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs "Inzage" (subject-access.xhtml) for the tenant's ZVH manager, who cannot open a person's
 * timeline: find the person of an access request (AVG art. 15) by a case reference or their BSN,
 * see only their internal number and case references, and download their access report as a PDF.
 * Finding and downloading are both logged by the service.
 */
@Named
@ViewScoped
public class SubjectAccessView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient SubjectAccessReports reports;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;

  private boolean mayReport;
  private String query;
  private List<SubjectRow> rows = List.of();

  @PostConstruct
  void init() {
    mayReport = activeTenant.id().isPresent() && reports.mayReport(user());
  }

  /** Finds the person; a bad query or nobody found is a message, and the list is emptied. */
  public void search() {
    rows = List.of();
    try {
      rows = reports.find(user(), query).stream().map(SubjectRow::of).toList();
      if (rows.isEmpty()) {
        CaseFileView.message(FacesMessage.SEVERITY_WARN, Texts.get("subjectAccess.none"));
      }
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      CaseFileView.message(
          FacesMessage.SEVERITY_ERROR,
          Texts.get(message.contains("BSN (") ? "subjectAccess.bad.bsn" : "subjectAccess.bad"));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("subjectAccess.notAllowed"));
    }
  }

  /** Sends the person's report as a PDF download; the page stays as it is. */
  public void download(long person) throws IOException {
    try {
      SubjectAccessReports.Pdf pdf = reports.report(user(), person);
      nl.casustafel.web.shared.Download.send(
          FacesContext.getCurrentInstance(), pdf.bytes(), "application/pdf", pdf.fileName());
    } catch (CaseUnknown e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("subjectAccess.unknown"));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("subjectAccess.notAllowed"));
    }
  }

  public boolean isTenantActive() {
    return activeTenant.id().isPresent();
  }

  public boolean isMayReport() {
    return mayReport;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<SubjectRow> getRows() {
    return rows;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
