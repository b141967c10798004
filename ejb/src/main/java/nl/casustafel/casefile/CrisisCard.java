package nl.casustafel.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A case's crisis card (crisiskaart): what a crisis service (18+ / 18-) needs to take a victim in
 * crisis over — a safe way to make contact (CONTACT), the risks (SAFETY), the language spoken
 * (SOCIAL) and the shelter arrangement (SOCIAL). Each field is read only as the covenant grants its
 * category (issue #13, part 3). One card per case; kept by the ZVH's case directors and care
 * coordinators.
 */
@Entity
@Table(name = "crisis_card")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class CrisisCard {

  /** The categories the card holds (and the client's name, IDENTIFYING, shown with it). */
  public static final Set<DataCategory> CATEGORIES =
      Set.of(
          DataCategory.IDENTIFYING, DataCategory.CONTACT, DataCategory.SAFETY, DataCategory.SOCIAL);

  static final RequiredText SAFE_CONTACT = new RequiredText("safeContact", 1, 500);
  static final RequiredText LONG_TEXT = new RequiredText("text", 1, 2000);
  static final RequiredText LANGUAGE = new RequiredText("language", 1, 100);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(name = "safe_contact")
  private String safeContact;

  @Column(name = "risks")
  private String risks;

  @Column(name = "language")
  private String language;

  @Column(name = "shelter_arrangement")
  private String shelter;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected CrisisCard() {} // for JPA

  CrisisCard(CaseId kase) {
    this.caseId = kase.value();
  }

  /**
   * Sets every field (blank: empty) at {@code at} by {@code by}.
   *
   * @throws IllegalArgumentException naming the field that is too long
   */
  void fill(CrisisCardForm form, String by, Instant at) {
    this.safeContact = checked(form.safeContact(), SAFE_CONTACT, "safeContact");
    this.risks = checked(form.risks(), LONG_TEXT, "risks");
    this.language = checked(form.language(), LANGUAGE, "language");
    this.shelter = checked(form.shelterArrangement(), LONG_TEXT, "shelterArrangement");
    this.updatedBy = by;
    this.updatedAt = at;
  }

  private static String checked(String value, RequiredText rule, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return new RequiredText(field, rule.minVisible(), rule.maxLength()).check(value);
  }

  public Optional<String> safeContact() {
    return Optional.ofNullable(safeContact);
  }

  public Optional<String> risks() {
    return Optional.ofNullable(risks);
  }

  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  public Optional<String> shelterArrangement() {
    return Optional.ofNullable(shelter);
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
