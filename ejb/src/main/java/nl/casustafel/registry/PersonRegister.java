package nl.casustafel.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.casefile.Client;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.TenantContext;

/**
 * Registers the person a referral or signal names as a client of the registry. A BSN (elfproef) is
 * kept encrypted with its blind index; a client with the same BSN index in the tenant is the same
 * person and is reused, and a signal about someone whose case closed less than 12 months ago is a
 * repeat ({@link RepeatRule}). Likely duplicates by name and birth date are proposed at triage, not
 * merged here.
 */
@Dependent
public class PersonRegister {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private RegistryKeys keys;
  @Inject private DuplicateFinder duplicates;

  /** The client and whether this is a repeat. */
  public record Registered(Client client, boolean repeat) {}

  /**
   * @throws IllegalArgumentException for an invalid name, a birth date in the future or a BSN that
   *     fails the elfproef (the message never holds the number)
   */
  Registered register(ReferralForm.Person person, Instant now) {
    Client.NAME.check(person.name());
    LocalDate today = AmsterdamTime.dayOf(now);
    if (person.dateOfBirth().filter(d -> d.isAfter(today)).isPresent()) {
      throw new IllegalArgumentException("dateOfBirth: a date of birth lies in the past.");
    }
    Optional<Bsn> bsn = person.bsn().filter(b -> !b.isBlank()).map(PersonRegister::bsn);
    Optional<String> index = bsn.map(b -> keys.bsn().blindIndex(tenant(), b));
    Optional<Client> known = index.flatMap(this::byBsnIndex);
    if (known.isPresent()) {
      keepNameAsAlias(known.get(), person.name());
      long id = known.get().id();
      return new Registered(
          known.get(),
          RepeatRule.isRepeat(now, duplicates.closures(Set.of(id)).getOrDefault(id, List.of())));
    }
    Client client = new Client(person.name(), person.dateOfBirth().orElse(null));
    client.describe(person.details());
    client.registeredAt(now);
    bsn.ifPresent(b -> client.protectBsn(keys.bsn().encrypt(b), index.orElseThrow()));
    em.persist(client);
    em.flush();
    return new Registered(client, false);
  }

  /**
   * The same BSN under another name (a maiden name, a spelling, an alias a trafficker gave): kept
   * as an alias of the client, so that the registry does not lose what the referrer wrote. Native,
   * with the tenant named: no entity maps client_alias.
   */
  private void keepNameAsAlias(Client client, String name) {
    String typed = Client.NAME.check(name);
    if (typed.equalsIgnoreCase(client.name())) {
      return;
    }
    em.createNativeQuery("INSERT INTO client_alias (tenant_id, client_id, alias) VALUES (?, ?, ?)")
        .setParameter(1, tenant())
        .setParameter(2, client.id())
        .setParameter(3, typed)
        .executeUpdate();
  }

  private static Bsn bsn(String typed) {
    try {
      return Bsn.parse(typed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bsn: " + e.getMessage(), e);
    }
  }

  private Optional<Client> byBsnIndex(String index) {
    return em
        .createQuery(
            "SELECT c FROM Client c WHERE c.bsnIndex = :index AND c.mergedInto IS NULL",
            Client.class)
        .setParameter("index", index)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  private String tenant() {
    return tenant.current().orElseThrow().value();
  }
}
