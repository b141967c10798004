package nl.casustafel.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One piece of case information: a text of exactly ONE data category, by the partner that provided
 * it. The category decides, per reader, whether it is shown or hidden.
 */
@Entity
@Table(name = "case_information")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class CaseInformation {

  /** Longer texts belong in a document, not in a case-file entry. */
  public static final int MAX_LENGTH = 4000;

  /** The text: visible characters, at most {@link #MAX_LENGTH} code points. */
  public static final RequiredText TEXT = new RequiredText("text", 1, MAX_LENGTH);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private DataCategory category;

  @Column(name = "provider_id", nullable = false)
  private String provider;

  @Column(name = "body", nullable = false)
  private String text;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected CaseInformation() {} // for JPA

  public CaseInformation(
      CaseId kase,
      DataCategory category,
      PartnerId provider,
      String text,
      String createdBy,
      Instant createdAt) {
    this.caseId = Objects.requireNonNull(kase, "case is required.").value();
    this.category = Objects.requireNonNull(category, "category is required.");
    this.provider = Objects.requireNonNull(provider, "provider is required.").value();
    this.text = TEXT.check(text);
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy is required.");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required.");
  }

  public long id() {
    return id;
  }

  /** The case the information belongs to. */
  public CaseId caseId() {
    return new CaseId(caseId);
  }

  public DataCategory category() {
    return category;
  }

  public PartnerId provider() {
    return new PartnerId(provider);
  }

  public String text() {
    return text;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
