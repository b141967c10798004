package nl.casustafel.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A row of {@code yearly_figure}: how many cases of one Amsterdam year of opening, case type and
 * exploitation form the tenant destroyed. The figures shown add the cases still held ({@link
 * YearlyFigures}).
 */
@Entity
@Table(name = "yearly_figure")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class DestroyedCount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "opened_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_type", nullable = false)
  private CaseType type;

  @Column(name = "exploitation_form", nullable = false)
  private String form;

  @Column(name = "destroyed_cases", nullable = false)
  private int cases;

  protected DestroyedCount() {} // for JPA

  DestroyedCount(YearlyFigure.Key key) {
    this.year = key.year();
    this.type = key.type();
    this.form = key.form();
  }

  /** One more destroyed case. */
  void addOne() {
    cases++;
  }

  public YearlyFigure figure() {
    return new YearlyFigure(year, type, form, cases);
  }
}
