package nl.casustafel.covenant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A partner's signature on a covenant version (toetreding): its role and its matrix of grants,
 * valid from a day up to and including an optional last day.
 */
@Entity
@Table(name = "covenant_membership")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class CovenantMembership {

  @Id
  @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "covenant_id", nullable = false)
  private Long covenantId;

  @Column(name = "partner_id", nullable = false)
  private String partner;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private MembershipRole role;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  /** The article on which the partner signed (core, restricted or ad hoc), if recorded. */
  @Column(name = "article")
  private String article;

  /** The day the partner signed this version (toetreding); null: not signed, grants nothing. */
  @Column(name = "signed_on")
  private LocalDate signedOn;

  /** Who signed for the partner (name and function, as on the signed statement). */
  @Column(name = "signed_by")
  private String signedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "covenant_grant", joinColumns = @JoinColumn(name = "membership_id"))
  private Set<Grant> grants = new HashSet<>();

  protected CovenantMembership() {} // for JPA

  public CovenantMembership(
      PartnerId partner,
      MembershipRole role,
      LocalDate validFrom,
      LocalDate validTo,
      Set<Grant> grants) {
    this(partner, role, validFrom, validTo, null, grants);
  }

  public CovenantMembership(
      PartnerId partner,
      MembershipRole role,
      LocalDate validFrom,
      LocalDate validTo,
      ArticleRef article,
      Set<Grant> grants) {
    this.article = article == null ? null : article.number();
    this.partner = Objects.requireNonNull(partner, "partner is required.").value();
    this.role = Objects.requireNonNull(role, "role is required.");
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom is required.");
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("A membership cannot end before it starts.");
    }
    this.validTo = validTo;
    this.grants = new HashSet<>(grants);
  }

  /** Places this membership in a version (a new membership of a draft). */
  public CovenantMembership in(Covenant version) {
    this.covenantId = Objects.requireNonNull(version.id(), "Persist the version first.");
    return this;
  }

  /** The database id; null until persisted. */
  public Long id() {
    return id;
  }

  /** Moves the first day of a draft's membership to the day its version takes force. */
  void startOn(LocalDate day) {
    validFrom = Objects.requireNonNull(day, "day is required.");
  }

  /** The version this membership belongs to. */
  public Long covenantId() {
    return covenantId;
  }

  /**
   * Records the partner's signature on the version. Signing twice keeps the first signature.
   *
   * @throws IllegalArgumentException when the signer is blank
   */
  public void sign(LocalDate day, String signer) {
    if (signer == null || signer.isBlank()) {
      throw new IllegalArgumentException("A signature names who signed.");
    }
    if (signedOn == null) {
      signedOn = Objects.requireNonNull(day, "day is required.");
      signedBy = signer.strip();
    }
  }

  public java.util.Optional<LocalDate> signedOn() {
    return java.util.Optional.ofNullable(signedOn);
  }

  public java.util.Optional<String> signedBy() {
    return java.util.Optional.ofNullable(signedBy);
  }

  public PartnerId partner() {
    return new PartnerId(partner);
  }

  public MembershipRole role() {
    return role;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  /** The article this membership rests on: cited when a category falls outside it. */
  public Optional<ArticleRef> article() {
    return Optional.ofNullable(article).map(ArticleRef::new);
  }

  public Set<Grant> grants() {
    return Set.copyOf(grants);
  }

  /**
   * Whether it grants anything on the day: within its validity and signed by then (an unsigned
   * partner gets nothing; model covenant, toetreding).
   */
  public boolean validOn(LocalDate day) {
    return signedOn != null
        && !day.isBefore(signedOn)
        && !day.isBefore(validFrom)
        && (validTo == null || !day.isAfter(validTo));
  }

  /** The grant that allows this, if the membership has one. */
  public Optional<Grant> grantFor(DataCategory category, Direction direction, Purpose purpose) {
    return grants.stream().filter(g -> g.covers(category, direction, purpose)).findFirst();
  }
}
