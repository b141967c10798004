package nl.casustafel.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import nl.casustafel.shared.RequiredText;

/** A partner organisation (ketenpartner). Equality is by id: one organisation, one row. */
@Entity
@Table(name = "partner")
public class Partner {

  /** The name: visible characters, at most the 200 of its column. */
  public static final RequiredText NAME = new RequiredText("Partner name", 1, 200);

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private PartnerKind kind;

  /** The e-mail domain of its people, e.g. {@code politie.nl}; null when not recorded. */
  @Column(name = "email_domain", length = 253)
  private String emailDomain;

  /** The alias of the organisation's own identity provider in the realm, where it brings one. */
  @Column(name = "identity_provider", length = 64)
  private String identityProvider;

  protected Partner() {} // for JPA

  public Partner(PartnerId id, String name, PartnerKind kind) {
    this.id = id.value();
    this.name = NAME.check(name);
    this.kind = Objects.requireNonNull(kind, "Partner kind is required.");
  }

  public PartnerId getId() {
    return new PartnerId(id);
  }

  public String getName() {
    return name;
  }

  public PartnerKind getKind() {
    return kind;
  }

  public java.util.Optional<String> emailDomain() {
    return java.util.Optional.ofNullable(emailDomain);
  }

  public java.util.Optional<String> identityProvider() {
    return java.util.Optional.ofNullable(identityProvider);
  }

  /** Changes how its people sign in: their e-mail domain and identity provider (null: none). */
  public void signInBy(String emailDomain, String identityProvider) {
    this.emailDomain = emailDomain;
    this.identityProvider = identityProvider;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Partner partner && id.equals(partner.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
