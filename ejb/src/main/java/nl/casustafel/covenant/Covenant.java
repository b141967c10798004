package nl.casustafel.covenant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.Tenancy;
import nl.casustafel.tenant.TenantId;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One version of a tenant's privacy covenant with its articles and the partners that signed it. */
@Entity
@Table(name = "covenant")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class Covenant {

  @Id
  @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  /** The discriminator, mapped read-only: EclipseLink writes and filters it. */
  @Column(name = "tenant_id", insertable = false, updatable = false)
  private String tenant;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "retention_months", nullable = false)
  private int retentionMonths;

  /** DRAFT while the manager edits it; ADOPTED once it has its day of taking force. */
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "status", nullable = false)
  private CovenantStatus status = CovenantStatus.ADOPTED;

  @Column(name = "drafted_by")
  private String draftedBy;

  @Column(name = "adopted_by")
  private String adoptedBy;

  /** When it was adopted (UTC). */
  @Column(name = "adopted_at")
  private java.time.Instant adoptedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "covenant_article", joinColumns = @JoinColumn(name = "covenant_id"))
  @MapKeyColumn(name = "number")
  @Column(name = "text")
  private Map<String, String> articles = new TreeMap<>();

  @OneToMany(fetch = FetchType.EAGER)
  @JoinColumn(
      name = "covenant_id",
      referencedColumnName = "id",
      insertable = false,
      updatable = false)
  private List<CovenantMembership> memberships = new ArrayList<>();

  protected Covenant() {} // for JPA

  public Covenant(
      TenantId tenant,
      String title,
      int version,
      LocalDate validFrom,
      List<CovenantMembership> memberships) {
    this.tenant = Objects.requireNonNull(tenant, "tenant is required.").value();
    this.title = Objects.requireNonNull(title, "title is required.");
    if (version < 1) {
      throw new IllegalArgumentException("Covenant versions start at 1: " + version);
    }
    this.version = version;
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom is required.");
    this.memberships = new ArrayList<>(memberships);
  }

  /**
   * A new draft version: what the manager edits before it is adopted. Its day of taking force is
   * set on adoption; until then it holds the day it was drafted and grants nothing.
   */
  public static Covenant draft(
      TenantId tenant,
      String title,
      int version,
      int retentionMonths,
      String draftedBy,
      LocalDate today) {
    Covenant draft = new Covenant(tenant, title, version, today, List.of());
    draft.status = CovenantStatus.DRAFT;
    draft.retentionMonths = retentionMonths;
    draft.draftedBy = draftedBy;
    return draft;
  }

  /** The database id; null until persisted. */
  public Long id() {
    return id;
  }

  public CovenantStatus status() {
    return status;
  }

  public java.util.Optional<String> draftedBy() {
    return java.util.Optional.ofNullable(draftedBy);
  }

  public java.util.Optional<String> adoptedBy() {
    return java.util.Optional.ofNullable(adoptedBy);
  }

  /**
   * Replaces the draft's title, retention and articles (its memberships are rows of their own).
   *
   * @throws IllegalStateException when the version is no longer a draft
   */
  public void redraft(String title, int retentionMonths, Map<String, String> articles) {
    requireDraft();
    // A draft may be incomplete (DraftRules says what is missing before adoption), but it must
    // fit its columns: a title of at most 300 characters, article numbers of at most 32.
    if (title == null || title.length() > 300) {
      throw new IllegalArgumentException("Title: at most 300 characters.");
    }
    articles.keySet().forEach(ArticleRef::new);
    this.title = title;
    this.retentionMonths = retentionMonths;
    this.articles = new TreeMap<>(articles);
  }

  /**
   * Adopts the draft: it takes force on {@code day} (Amsterdam calendar day).
   *
   * @throws IllegalStateException when the version is no longer a draft
   */
  public void adopt(LocalDate day, String by, java.time.Instant at) {
    requireDraft();
    status = CovenantStatus.ADOPTED;
    validFrom = Objects.requireNonNull(day, "day is required.");
    adoptedBy = by;
    adoptedAt = at;
  }

  private void requireDraft() {
    if (status != CovenantStatus.DRAFT) {
      throw new IllegalStateException("Version " + version + " is adopted and cannot change.");
    }
  }

  public TenantId tenant() {
    return new TenantId(tenant);
  }

  public String title() {
    return title;
  }

  public int version() {
    return version;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public int retentionMonths() {
    return retentionMonths;
  }

  /** Article number → text, in order of number. */
  public Map<String, String> articles() {
    return new TreeMap<>(articles);
  }

  public List<CovenantMembership> memberships() {
    return List.copyOf(memberships);
  }

  /** The partner's membership that is valid on the given day, if any. */
  public Optional<CovenantMembership> membershipOf(PartnerId partner, LocalDate day) {
    return memberships.stream()
        .filter(m -> m.partner().equals(partner) && m.validOn(day))
        .findFirst();
  }
}
