package nl.casustafel.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import nl.casustafel.partner.Partner;
import nl.casustafel.shared.RequiredText;

/** One Zorg- en Veiligheidshuis region with the partners that work in it. */
@Entity
@Table(name = "tenant")
public class Tenant {

  /** The name: visible characters, at most the 200 of its column. */
  public static final RequiredText NAME = new RequiredText("Tenant name", 1, 200);

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  /** The case types the region works with, comma-separated names (DOMAIN.md). */
  @Column(name = "case_types", nullable = false)
  private String caseTypes = "HUMAN_TRAFFICKING";

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "triage_cutoff_day", nullable = false)
  private java.time.DayOfWeek triageCutoffDay = java.time.DayOfWeek.MONDAY;

  @Column(name = "triage_cutoff_time", nullable = false)
  private java.time.LocalTime triageCutoffTime = java.time.LocalTime.NOON;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "triage_day", nullable = false)
  private java.time.DayOfWeek triageDay = java.time.DayOfWeek.TUESDAY;

  @ManyToMany
  @JoinTable(
      name = "tenant_partner",
      joinColumns = @JoinColumn(name = "tenant_id"),
      inverseJoinColumns = @JoinColumn(name = "partner_id"))
  private Set<Partner> partners = new HashSet<>();

  /** ACTIVE, or SUSPENDED by the platform admin: nobody enters it, its data stays. */
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "status", nullable = false)
  private TenantStatus status = TenantStatus.ACTIVE;

  /** The ZVH organisation that runs the region (its managers and case directors work for it). */
  @Column(name = "own_partner_id")
  private String ownPartner;

  @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
  @jakarta.persistence.CollectionTable(
      name = "tenant_municipality",
      joinColumns = @JoinColumn(name = "tenant_id"))
  @Column(name = "name")
  private Set<String> municipalities = new java.util.TreeSet<>();

  protected Tenant() {} // for JPA

  public Tenant(TenantId id, String name) {
    this.id = id.value();
    this.name = requireName(name);
  }

  public TenantId getId() {
    return new TenantId(id);
  }

  public String getName() {
    return name;
  }

  /**
   * Whether the region works with this case type (by its name in {@code CaseType}); referrals and
   * cases of other types are refused.
   */
  public boolean works(String caseType) {
    return java.util.Arrays.asList(caseTypes.split(",")).contains(caseType);
  }

  /** The names of the case types the region works with, in the order kept. */
  public java.util.List<String> caseTypes() {
    return java.util.List.of(caseTypes.split(","));
  }

  /** The weekly cut-off for referrals: day and Amsterdam wall-clock time. */
  public java.time.DayOfWeek triageCutoffDay() {
    return triageCutoffDay;
  }

  public java.time.LocalTime triageCutoffTime() {
    return triageCutoffTime;
  }

  /** The day of the week of the triage meeting. */
  public java.time.DayOfWeek triageDay() {
    return triageDay;
  }

  /** The partner with this id if it works in the region. */
  public java.util.Optional<Partner> partner(nl.casustafel.partner.PartnerId id) {
    return partners.stream().filter(p -> p.getId().equals(id)).findFirst();
  }

  /** The partners working in the region. */
  public Set<Partner> partners() {
    return Set.copyOf(partners);
  }

  public boolean hasPartner(Partner partner) {
    return partners.contains(partner);
  }

  /** A partner starts working in this region; adding it twice changes nothing. */
  public void admit(Partner partner) {
    partners.add(partner);
  }

  public TenantStatus status() {
    return status;
  }

  /** Suspends or resumes the region; its data is kept either way. */
  public void changeStatus(TenantStatus status) {
    this.status = java.util.Objects.requireNonNull(status, "status is required.");
  }

  /** The region's own ZVH organisation, if recorded. */
  public java.util.Optional<nl.casustafel.partner.PartnerId> ownPartner() {
    return java.util.Optional.ofNullable(ownPartner).map(nl.casustafel.partner.PartnerId::new);
  }

  /** Records the region's own ZVH organisation; it also starts working in the region. */
  public void runBy(Partner own) {
    ownPartner = own.getId().value();
    admit(own);
  }

  /** The municipalities of the region, by name. */
  public java.util.SortedSet<String> municipalities() {
    return new java.util.TreeSet<>(municipalities);
  }

  /** Replaces the municipalities of the region. */
  public void coverMunicipalities(java.util.Collection<String> names) {
    municipalities = new java.util.TreeSet<>(names);
  }

  private static String requireName(String name) {
    return NAME.check(name);
  }
}
