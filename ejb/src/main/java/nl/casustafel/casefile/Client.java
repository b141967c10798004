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
 * The person a case is about (cliënt / betrokkene): one record across all of their signals, cases
 * and care. Name, birth date, gender, nationality and BSN are IDENTIFYING data; municipality,
 * address, phone, e-mail, whether it is safe to contact them and how are CONTACT data.
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

  @Column(name = "estimated_birth_year")
  private Integer estimatedBirthYear;

  @Column(name = "gender")
  private String gender;

  @Column(name = "nationality")
  private String nationality;

  @Column(name = "municipality")
  private String municipality;

  @Column(name = "address")
  private String address;

  @Column(name = "phone")
  private String phone;

  @Column(name = "email")
  private String email;

  @Column(name = "safe_to_contact")
  private Boolean safeToContact;

  @Column(name = "preferred_channel")
  private String preferredChannel;

  @Column(name = "bsn_encrypted")
  private byte[] bsnEncrypted;

  @Column(name = "bsn_index")
  private String bsnIndex;

  @Column(name = "registered_at")
  private java.time.Instant registeredAt;

  @Column(name = "merged_into")
  private Long mergedInto;

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

  /**
   * Whether the person is a minor on {@code day} (Amsterdam calendar): younger than 18 by the date
   * of birth, else by the estimated birth year (counted from its 1 January, the safe side); unknown
   * age is not a minor.
   */
  public boolean minorOn(LocalDate day) {
    LocalDate born =
        dateOfBirth != null
            ? dateOfBirth
            : estimatedBirthYear == null ? null : LocalDate.of(estimatedBirthYear, 12, 31);
    return born != null && born.plusYears(18).isAfter(day);
  }

  /** What the registry knows beyond name and birth date (IDENTIFYING and CONTACT fields). */
  public PersonDetails details() {
    return new PersonDetails(
        Optional.ofNullable(estimatedBirthYear),
        Optional.ofNullable(gender),
        Optional.ofNullable(nationality),
        Optional.ofNullable(municipality),
        Optional.ofNullable(address),
        Optional.ofNullable(phone),
        Optional.ofNullable(email),
        Optional.ofNullable(safeToContact),
        Optional.ofNullable(preferredChannel));
  }

  /** Replaces what the registry knows beyond name and birth date. */
  public void describe(PersonDetails details) {
    this.estimatedBirthYear = details.estimatedBirthYear().orElse(null);
    this.gender = details.gender().orElse(null);
    this.nationality = details.nationality().orElse(null);
    this.municipality = details.municipality().orElse(null);
    this.address = details.address().orElse(null);
    this.phone = details.phone().orElse(null);
    this.email = details.email().orElse(null);
    this.safeToContact = details.safeToContact().orElse(null);
    this.preferredChannel = details.preferredChannel().orElse(null);
  }

  /**
   * Keeps the BSN only encrypted, with its keyed blind index for exact lookup; the number itself is
   * never stored in the clear.
   */
  public void protectBsn(byte[] encrypted, String blindIndex) {
    this.bsnEncrypted = encrypted.clone();
    this.bsnIndex = blindIndex;
  }

  /** The encrypted BSN, if known (only the registry's BSN protection can read it). */
  public Optional<byte[]> encryptedBsn() {
    return Optional.ofNullable(bsnEncrypted).map(byte[]::clone);
  }

  public Optional<String> bsnIndex() {
    return Optional.ofNullable(bsnIndex);
  }

  /** Marks when the person entered the registry (UTC). */
  public void registeredAt(java.time.Instant at) {
    this.registeredAt = at;
  }

  /** The client this one was merged into (a duplicate), if it was and the merge was not undone. */
  public Optional<Long> mergedInto() {
    return Optional.ofNullable(mergedInto);
  }

  /**
   * Records that this client is a duplicate of {@code survivor} (the registry's merge moves the
   * links); {@code null} when a merge is undone.
   */
  public void mergedInto(Long survivor) {
    this.mergedInto = survivor;
  }
}
