package nl.casustafel.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantStatus;
import nl.casustafel.covenant.CovenantVersions;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.DraftReview;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.version.CovenantTerms;
import nl.casustafel.covenant.version.MembershipTerms;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.tenant.TenantDirectory;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs the covenant versions page: every version; for the ZVH manager the draft editor, its review
 * (diff against the version in force and the effect on open cases), adoption with the day it takes
 * force, and signatures (issue #15, part 4).
 */
@Named
@ViewScoped
public class CovenantVersionsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(CovenantVersionsView.class.getName());
  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @EJB private transient CovenantVersions versions;
  @EJB private transient TenantDirectory tenants;
  @Inject private transient Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;
  @Inject private transient java.time.Clock clock;

  private List<VersionRow> rows = List.of();
  private boolean manager;
  private Integer draft;
  private String title;
  private int retentionMonths;
  private List<ArticleInput> articles = new ArrayList<>();
  private List<MembershipInput> memberships = new ArrayList<>();
  private SortedMap<String, String> partnerNames = new TreeMap<>();
  private LocalDate takesForce;
  private ReviewRows review;
  private Integer signVersion;
  private String signPartner;
  private String signer;
  private LocalDate signedOn;

  @PostConstruct
  void init() {
    activeTenant
        .id()
        .ifPresent(
            tenant -> {
              manager = PDP.refusalToKeepTenant(currentUser.get(), tenant).isEmpty();
              partnerNames = new TreeMap<>();
              tenants
                  .find(tenant)
                  .ifPresent(
                      t ->
                          t.partners()
                              .forEach(p -> partnerNames.put(p.getId().value(), p.getName())));
              List<Covenant> all = versions.versions(currentUser.get());
              rows = all.stream().map(VersionRow::of).toList();
              draft = null;
              all.stream()
                  .filter(c -> c.status() == CovenantStatus.DRAFT)
                  .findFirst()
                  .ifPresent(this::edit);
              signVersion =
                  draft != null
                      ? draft
                      : all.stream().findFirst().map(Covenant::version).orElse(null);
            });
  }

  private void edit(Covenant version) {
    draft = version.version();
    CovenantTerms terms = CovenantTerms.of(version);
    title = terms.title();
    retentionMonths = terms.retentionMonths();
    articles = new ArrayList<>();
    terms.articles().forEach((n, t) -> articles.add(new ArticleInput(n, t)));
    memberships = new ArrayList<>();
    partnerNames.forEach(
        (id, name) -> {
          MembershipTerms m = terms.memberships().get(id);
          memberships.add(
              m == null ? new MembershipInput(id, name) : MembershipInput.of(id, name, m));
        });
    memberships.sort(Comparator.comparing(MembershipInput::getPartnerName));
  }

  /** A new draft copied from the version in force. */
  public void startDraft() {
    AdminForms.attempt(() -> versions.draft(currentUser.get()), "covenantVersions.drafted");
    init();
  }

  /** Stores the editor's terms in the draft and shows its review. */
  public void save() {
    if (AdminForms.attempt(
        () -> versions.redraft(currentUser.get(), draft, terms()),
        "covenantVersions.saved",
        "Title",
        "Article",
        "article",
        "retentionMonths",
        "grant")) {
      init();
      reviewDraft();
    }
  }

  private CovenantTerms terms() {
    SortedMap<String, String> byNumber = new TreeMap<>();
    articles.stream()
        .filter(a -> a.getNumber() != null && !a.getNumber().isBlank())
        .forEach(
            a ->
                byNumber.put(
                    a.getNumber().strip(), a.getText() == null ? "" : a.getText().strip()));
    SortedMap<String, MembershipTerms> parties = new TreeMap<>();
    memberships.stream()
        .filter(MembershipInput::isParty)
        .forEach(m -> parties.put(m.getPartnerId(), m.terms()));
    return new CovenantTerms(title == null ? "" : title, retentionMonths, byNumber, parties);
  }

  /** The draft's changes, effect and broken rules for the day chosen. */
  public void reviewDraft() {
    try {
      DraftReview r = versions.review(currentUser.get(), draft, takesForce);
      review = ReviewRows.of(r, id -> partnerNames.getOrDefault(id, id));
    } catch (AccessRefused | IllegalArgumentException e) {
      review = null;
      LOG.log(java.util.logging.Level.WARNING, "No review of covenant draft " + draft, e);
      nl.casustafel.web.casefile.CaseFileView.message(
          jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
          nl.casustafel.web.casefile.Texts.get("admin.invalid"));
    }
  }

  public void adopt() {
    if (AdminForms.attempt(
        () -> versions.adopt(currentUser.get(), draft, takesForce),
        "covenantVersions.adopted",
        "takesForce",
        "rules")) {
      review = null;
      init();
    }
  }

  public void discard() {
    AdminForms.attempt(
        () -> versions.discard(currentUser.get(), draft), "covenantVersions.discarded");
    review = null;
    init();
  }

  public void sign() {
    if (AdminForms.attempt(
        () ->
            versions.sign(
                currentUser.get(),
                signVersion,
                new PartnerId(signPartner == null ? "" : signPartner),
                signer,
                signedOn == null ? AmsterdamTime.today(clock) : signedOn),
        "covenantVersions.signed",
        "signer",
        "signedOn",
        "party",
        "partner")) {
      signer = null;
      init();
    }
  }

  public void addArticle() {
    articles.add(new ArticleInput("", ""));
  }

  public void removeArticle(ArticleInput article) {
    articles.remove(article);
  }

  public List<DataCategory> getCategories() {
    return List.of(DataCategory.values());
  }

  public List<MembershipRole> getRoles() {
    return List.of(MembershipRole.values());
  }

  public List<String> getPartnerIds() {
    return List.copyOf(partnerNames.keySet());
  }

  public String partnerName(String id) {
    return partnerNames.getOrDefault(id, id);
  }

  public List<VersionRow> getRows() {
    return rows;
  }

  public boolean isManager() {
    return manager;
  }

  public boolean isDrafting() {
    return manager && draft != null;
  }

  public Integer getDraft() {
    return draft;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public int getRetentionMonths() {
    return retentionMonths;
  }

  public void setRetentionMonths(int retentionMonths) {
    this.retentionMonths = retentionMonths;
  }

  public List<ArticleInput> getArticles() {
    return articles;
  }

  public List<MembershipInput> getMemberships() {
    return memberships;
  }

  public LocalDate getTakesForce() {
    return takesForce;
  }

  public void setTakesForce(LocalDate takesForce) {
    this.takesForce = takesForce;
  }

  public ReviewRows getReview() {
    return review;
  }

  public Integer getSignVersion() {
    return signVersion;
  }

  public void setSignVersion(Integer signVersion) {
    this.signVersion = signVersion;
  }

  public String getSignPartner() {
    return signPartner;
  }

  public void setSignPartner(String signPartner) {
    this.signPartner = signPartner;
  }

  public String getSigner() {
    return signer;
  }

  public void setSigner(String signer) {
    this.signer = signer;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }
}
