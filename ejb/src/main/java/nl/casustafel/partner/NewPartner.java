package nl.casustafel.partner;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A partner organisation to add to a tenant (issue #15, part 2): its id (also its Keycloak
 * organization alias), name, kind, e-mail domain and, where it brings one, the alias of its own
 * identity provider in the realm; for a municipality the municipality of the region it is (its
 * aandachtfunctionaris follows that one), and whether it is a crisis service (issue #13).
 */
public record NewPartner(
    PartnerId id,
    String name,
    PartnerKind kind,
    Optional<String> emailDomain,
    Optional<String> identityProvider,
    Optional<String> municipality,
    Optional<CrisisService> crisisService) {

  private static final Pattern DOMAIN =
      Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
  private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /**
   * @throws IllegalArgumentException naming the field that breaks its rule
   */
  public NewPartner {
    java.util.Objects.requireNonNull(id, "id is required.");
    name = Partner.NAME.check(name);
    if (kind == null) {
      throw new IllegalArgumentException("kind is required.");
    }
    emailDomain =
        emailDomain.map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty());
    emailDomain
        .filter(d -> !DOMAIN.matcher(d).matches())
        .ifPresent(
            d -> {
              throw new IllegalArgumentException(
                  "emailDomain must be a domain such as politie.nl.");
            });
    identityProvider = identityProvider.map(String::strip).filter(a -> !a.isEmpty());
    identityProvider
        .filter(a -> !ALIAS.matcher(a).matches())
        .ifPresent(
            a -> {
              throw new IllegalArgumentException(
                  "identityProvider must be the alias of an identity provider (a-z, 0-9, -).");
            });
    municipality = municipality.map(String::strip).filter(m -> !m.isEmpty());
    if (municipality.isPresent() && kind != PartnerKind.MUNICIPALITY) {
      throw new IllegalArgumentException("municipality: only a municipality is one.");
    }
    crisisService = java.util.Objects.requireNonNull(crisisService);
  }
}
