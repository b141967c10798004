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

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /** The grant that allows this, if the membership has one. */
  public Optional<Grant> grantFor(DataCategory category, Direction direction, Purpose purpose) {
    return grants.stream().filter(g -> g.covers(category, direction, purpose)).findFirst();
  }
}
