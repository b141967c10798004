package nl.casustafel.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.casustafel.advertisement.AdvertisementReviews;
import nl.casustafel.advertisement.HandoverStep;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.registry.Referrals;
import nl.casustafel.report.ProgressReports;
import nl.casustafel.report.suppression.Published;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.advertisement.ReviewLines;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.registry.ReferralView.ReceiptRow;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs "Mijn gemeente" (issue #13, part 5: "wat speelt er in mijn gemeente"): the
 * aandachtfunctionaris sees the suppressed figures of their own municipality for a year, the
 * advertisement reviews handed to it (enrich them, forward them to the police) and the signals
 * their organisation reported — never a person's name.
 */
@Named
@ViewScoped
public class MunicipalityView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ProgressReports reports;
  @EJB private transient AdvertisementReviews reviews;
  @EJB private transient Referrals referrals;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;

  private boolean allowed;
  private String municipality;
  private String year;
  private int shownYear;
  private int k;
  private List<FigureGroupRow> groups = List.of();
  private ReviewLines handed;
  private List<ReceiptRow> signals = List.of();

  @PostConstruct
  void init() {
    if (activeTenant.id().isEmpty()) {
      return;
    }
    shownYear = AmsterdamTime.today(java.time.Clock.systemUTC()).getYear() - 1;
    year = String.valueOf(shownYear);
    try {
      load();
      allowed = true;
    } catch (AccessRefused e) {
      allowed = false; // the page says so; the refusal is logged
    }
  }

  private void load() {
    Published report = reports.municipal(user(), shownYear);
    municipality = report.municipality().orElse("");
    k = report.k();
    groups = FigureGroupRow.of(report, locale(), false);
    handed = new ReviewLines(reviews.handedToMe(user(), 200));
    signals =
        referrals.mayRefer(user())
            ? referrals.mine(user()).stream().map(ReceiptRow::of).toList()
            : List.of(); // an organisation outside the covenant reports no signals here
  }

  /** Shows the figures of the chosen year. */
  public void show() {
    if (year == null || !year.matches("(20[0-9][0-9])|2100")) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("report.badPeriod"));
      return;
    }
    shownYear = Integer.parseInt(year);
    load();
  }

  /** Enriches a review with the typed note. */
  public void enrich(long reviewId) {
    step(reviewId, HandoverStep.ENRICHED, "ads.enriched");
  }

  /** Forwards a review to the police. */
  public void forward(long reviewId) {
    step(reviewId, HandoverStep.TO_POLICE, "ads.forwarded");
  }

  private void step(long reviewId, HandoverStep step, String done) {
    try {
      reviews.step(user(), reviewId, step, handed.note(reviewId));
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get(done));
      load();
    } catch (IllegalArgumentException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("ads.noteRequired"));
    } catch (IllegalStateException | AccessRefused | nl.casustafel.casefile.CaseUnknown e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
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

  public boolean isAllowed() {
    return allowed;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public int getK() {
    return k;
  }

  public List<FigureGroupRow> getGroups() {
    return groups;
  }

  public ReviewLines getHanded() {
    return handed;
  }

  public List<ReceiptRow> getSignals() {
    return signals;
  }
}
