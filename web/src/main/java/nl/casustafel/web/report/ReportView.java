package nl.casustafel.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.report.Period;
import nl.casustafel.report.ProgressCsv;
import nl.casustafel.report.ProgressPdf;
import nl.casustafel.report.ProgressReports;
import nl.casustafel.report.ProgressText;
import nl.casustafel.report.suppression.Published;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs "Voortgangsrapportage" (issue #13, part 4): the ZVH's staff choose a period (Amsterdam
 * days, default the previous calendar year) and optionally a municipality, and read every figure
 * exact with a chart per table; the PDF and CSV they download are suppressed below k, because they
 * leave the ZVH.
 */
@Named
@ViewScoped
public class ReportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ProgressReports reports;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;

  private boolean mayRead;
  private LocalDate from;
  private LocalDate to;
  private String municipality = "";
  private List<String> municipalities = List.of();
  private List<FigureGroupRow> groups = List.of();

  @PostConstruct
  void init() {
    if (activeTenant.id().isEmpty()) {
      return;
    }
    mayRead = reports.mayRead(user());
    int lastYear = AmsterdamTime.today(java.time.Clock.systemUTC()).getYear() - 1;
    from = LocalDate.of(lastYear, 1, 1);
    to = LocalDate.of(lastYear, 12, 31);
    if (mayRead) {
      municipalities = reports.municipalities();
    }
  }

  /** Shows the report of the chosen period and municipality. */
  public void show() {
    Optional<Period> period = period();
    if (period.isEmpty()) {
      return;
    }
    try {
      Published report = reports.internal(user(), period.get(), chosenMunicipality());
      groups = FigureGroupRow.of(report, locale(), true);
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  /** Downloads the suppressed report as PDF. */
  public void pdf() throws IOException {
    Optional<Period> period = period();
    if (period.isPresent()) {
      Published report = reports.export(user(), period.get(), chosenMunicipality(), "pdf");
      byte[] pdf =
          ProgressPdf.render(report, reports.tenantName(), ProgressText.labels(ProgressText.DUTCH));
      nl.casustafel.web.shared.Download.send(
          FacesContext.getCurrentInstance(),
          pdf,
          "application/pdf",
          report.period().fileName("voortgangsrapportage", "pdf"));
    }
  }

  /** Downloads the suppressed report as CSV. */
  public void csv() throws IOException {
    Optional<Period> period = period();
    if (period.isPresent()) {
      Published report = reports.export(user(), period.get(), chosenMunicipality(), "csv");
      StringWriter out = new StringWriter();
      ProgressCsv.write(report, ProgressText.labels(ProgressText.DUTCH), out);
      byte[] csv = out.toString().getBytes(StandardCharsets.UTF_8);
      nl.casustafel.web.shared.Download.send(
          FacesContext.getCurrentInstance(),
          csv,
          "text/csv",
          report.period().fileName("voortgangsrapportage", "csv"));
    }
  }

  /** Downloads the CoMensha export of the period (anonymised, one line per victim). */
  public void coMensha() throws IOException {
    Optional<Period> period = period();
    if (period.isPresent()) {
      byte[] csv = reports.coMensha(user(), period.get()).getBytes(StandardCharsets.UTF_8);
      String name = period.get().fileName("comensha", "csv");
      nl.casustafel.web.shared.Download.send(
          FacesContext.getCurrentInstance(), csv, "text/csv", name);
    }
  }

  private Optional<Period> period() {
    try {
      return Optional.of(new Period(from, to));
    } catch (RuntimeException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("report.badPeriod"));
      return Optional.empty();
    }
  }

  private Optional<String> chosenMunicipality() {
    return municipalities.contains(municipality) ? Optional.of(municipality) : Optional.empty();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private CurrentUser user() {
    return currentUser.get();
  }

  public boolean isTenantActive() {
    return activeTenant.id().isPresent();
  }

  public boolean isMayRead() {
    return mayRead;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality == null ? "" : municipality;
  }

  public List<String> getMunicipalities() {
    return municipalities;
  }

  public List<FigureGroupRow> getGroups() {
    return groups;
  }
}
