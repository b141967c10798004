package nl.casustafel.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The person a case is about (cliënt / betrokkene). Minimal for now; the client-following registry
 * extends it. Its name and birth date are IDENTIFYING data.
 */
@Entity
@Table(name = "client")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class Client {

  /** The name: visible characters, at most the 200 of its column. */
  public static final RequiredText NAME = new RequiredText("name", 1, 200);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  protected Client() {} // for JPA

  public Client(String name, LocalDate dateOfBirth) {
    this.name = NAME.check(name);
    this.dateOfBirth = dateOfBirth;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Optional<LocalDate> dateOfBirth() {
    return Optional.ofNullable(dateOfBirth);
  }
}
