package nl.casustafel.web.advertisement;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.casustafel.advertisement.AdvertisementReviews;
import nl.casustafel.advertisement.AdvertiserGender;
import nl.casustafel.advertisement.Indicator;
import nl.casustafel.advertisement.ReviewForm;
import nl.casustafel.advertisement.Verdict;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.report.AgeBand;
import nl.casustafel.report.ProgressReports;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs "Advertenties" (issue #13, part 2): the ketenregisseur records a review of an unlicensed
 * sex advertisement — website, day, the advertiser's age band and gender, indicators, notes (no
 * names, no images), verdict and municipality — and sees the newest reviews with their hand-overs.
 * A risky review goes to its municipality as it is saved.
 */
@Named
@ViewScoped
public class AdvertisementsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient AdvertisementReviews reviews;
  @EJB private transient ProgressReports reports;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;

  private boolean allowed;
  private List<String> municipalities = List.of();
  private ReviewLines lines;
  private String website;
  private LocalDate reviewedOn;
  private AgeBand ageBand;
  private AdvertiserGender gender = AdvertiserGender.V;
  private List<String> indicators = new ArrayList<>();
  private String notes;
  private Verdict verdict;
  private String municipality;

  @PostConstruct
  void init() {
    if (activeTenant.id().isEmpty()) {
      return;
    }
    try {
      load();
      allowed = true;
      municipalities = reports.municipalities();
      reviewedOn = AmsterdamTime.today(java.time.Clock.systemUTC());
    } catch (AccessRefused e) {
      allowed = false; // the page says so; the refusal is logged
    }
  }

  private void load() {
    lines = new ReviewLines(reviews.recorded(user(), 100));
  }

  /** Saves the review; a risky one is handed to its municipality. */
  public void save() {
    try {
      ReviewForm form =
          new ReviewForm(
              website,
              reviewedOn,
              ageBand,
              gender,
              chosenIndicators(),
              Optional.ofNullable(notes),
              verdict,
              Optional.ofNullable(municipality));
      reviews.record(user(), form);
      CaseFileView.message(
          FacesMessage.SEVERITY_INFO,
          Texts.get(verdict == Verdict.RISKY ? "ads.savedAndHanded" : "ads.saved"));
      clear();
      load();
    } catch (IllegalArgumentException e) {
      String field = e.getMessage() == null ? "" : e.getMessage().split("[: ]", 2)[0];
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("ads.invalid." + known(field)));
    } catch (AccessRefused | IllegalStateException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  private EnumSet<Indicator> chosenIndicators() {
    EnumSet<Indicator> set = EnumSet.noneOf(Indicator.class);
    indicators.forEach(name -> set.add(Indicator.valueOf(name))); // unknown: IllegalArgument
    return set;
  }

  private static String known(String field) {
    return List.of("website", "reviewedOn", "ageBand", "gender", "verdict", "notes", "municipality")
            .contains(field)
        ? field
        : "other";
  }

  private void clear() {
    website = null;
    ageBand = null;
    indicators = new ArrayList<>();
    notes = null;
    verdict = null;
    municipality = null;
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

  public ReviewLines getLines() {
    return lines;
  }

  public List<String> getMunicipalities() {
    return municipalities;
  }

  public AgeBand[] getAgeBands() {
    return AgeBand.values();
  }

  public AdvertiserGender[] getGenders() {
    return AdvertiserGender.values();
  }

  public Indicator[] getAllIndicators() {
    return Indicator.values();
  }

  public Verdict[] getVerdicts() {
    return Verdict.values();
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public void setReviewedOn(LocalDate reviewedOn) {
    this.reviewedOn = reviewedOn;
  }

  public AgeBand getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(AgeBand ageBand) {
    this.ageBand = ageBand;
  }

  public AdvertiserGender getGender() {
    return gender;
  }

  public void setGender(AdvertiserGender gender) {
    this.gender = gender;
  }

  public List<String> getIndicators() {
    return indicators;
  }

  public void setIndicators(List<String> indicators) {
    this.indicators = indicators == null ? new ArrayList<>() : new ArrayList<>(indicators);
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Verdict getVerdict() {
    return verdict;
  }

  public void setVerdict(Verdict verdict) {
    this.verdict = verdict;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality == null || municipality.isEmpty() ? null : municipality;
  }
}
