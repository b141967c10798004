package nl.casustafel.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.casefile.Case;
import nl.casustafel.casefile.CaseMeeting;
import nl.casustafel.casefile.Client;
import nl.casustafel.registry.gcos.ExistingRegistry;
import nl.casustafel.registry.gcos.Person;
import nl.casustafel.shared.TenantContext;

/**
 * What the request's tenant already holds, for the GCOS import: imported cases by their GCOS
 * number, clients by the BSN's blind index or by name and birth date. Queries run through the
 * tenant's JPA filter; only {@link #belongsToOtherTenant} looks across tenants (by number only).
 */
@Dependent
public class GcosRegistry implements ExistingRegistry {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private RegistryKeys keys;

  @Override
  public Optional<ExistingCase> caseByGcosNumber(String registrationNumber) {
    return em
        .createQuery("SELECT c FROM Casus c WHERE c.gcosNumber = :number", Case.class)
        .setParameter("number", registrationNumber)
        .getResultList()
        .stream()
        .findFirst()
        .map(
            c ->
                new ExistingCase(
                    c.id().toString(), String.valueOf(c.clientId()), c.type(), meetingsOf(c)));
  }

  @Override
  public List<ExistingClient> clientsByBsn(Bsn bsn) {
    return em
        .createQuery(
            "SELECT c FROM Client c WHERE c.bsnIndex = :index AND c.mergedInto IS NULL",
            Client.class)
        .setParameter("index", keys.bsn().blindIndex(tenant.current().orElseThrow().value(), bsn))
        .getResultList()
        .stream()
        .map(c -> new ExistingClient(String.valueOf(c.id()), true))
        .toList();
  }

  @Override
  public List<ExistingClient> clientsByNameAndBirthDate(String normalisedName, LocalDate born) {
    return em
        .createQuery(
            "SELECT c FROM Client c WHERE c.dateOfBirth = :born AND c.mergedInto IS NULL",
            Client.class)
        .setParameter("born", born)
        .getResultList()
        .stream()
        .filter(c -> Person.normalise(c.name()).equals(normalisedName))
        .map(c -> new ExistingClient(String.valueOf(c.id()), c.bsnIndex().isPresent()))
        .toList();
  }

  @Override
  public boolean belongsToOtherTenant(String registrationNumber) {
    // Native: past the tenant filter on purpose, and only a yes or no comes back.
    return !em.createNativeQuery(
            "SELECT 1 FROM case_file WHERE gcos_number = ? AND tenant_id <> ? LIMIT 1")
        .setParameter(1, registrationNumber)
        .setParameter(2, tenant.current().orElseThrow().value())
        .getResultList()
        .isEmpty();
  }

  private Set<LocalDate> meetingsOf(Case kase) {
    return new HashSet<>(
        em
            .createQuery("SELECT m FROM CaseMeeting m WHERE m.caseId = :id", CaseMeeting.class)
            .setParameter("id", kase.id().value())
            .getResultList()
            .stream()
            .map(CaseMeeting::heldOn)
            .toList());
  }
}
