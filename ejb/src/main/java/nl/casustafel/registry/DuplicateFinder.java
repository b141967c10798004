package nl.casustafel.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casustafel.casefile.Case;
import nl.casustafel.casefile.Client;
import nl.casustafel.registry.DuplicateScore.Ranked;

/**
 * Likely duplicates of a client among the tenant's clients ({@link DuplicateScore}), and whether a
 * referral about someone is a repeat through one of them ({@link RepeatRule}). Bounded: only
 * clients with the same date of birth or the same BSN index are compared, at most {@value
 * #MAX_CANDIDATES}, clients merged into another never; a client without both is compared to no one
 * (a name alone would mean reading every client).
 */
@Dependent
public class DuplicateFinder {

  /** Most clients compared per person. */
  public static final int MAX_CANDIDATES = 20;

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  /** The likely duplicates of the person, most likely first. */
  public List<Ranked<Client>> of(Client person) {
    return DuplicateScore.rank(key(person), near(person), DuplicateFinder::key);
  }

  /**
   * The referrals (by id) that are repeats: about a person who, or a likely duplicate of whom, had
   * a case closed less than 12 months before the referral came in.
   */
  public Set<Long> repeats(List<Referral> referrals, Map<Long, Client> clients) {
    Map<Referral, List<Long>> persons = new LinkedHashMap<>();
    for (Referral r : referrals) {
      r.client().map(clients::get).ifPresent(c -> persons.put(r, withDuplicates(c)));
    }
    Set<Long> all = new HashSet<>();
    persons.values().forEach(all::addAll);
    Map<Long, List<Optional<Instant>>> closures = closures(all);
    return persons.entrySet().stream()
        .filter(e -> RepeatRule.isRepeat(e.getKey().receivedAt(), closed(e.getValue(), closures)))
        .map(e -> e.getKey().id())
        .collect(Collectors.toSet());
  }

  private List<Long> withDuplicates(Client client) {
    List<Long> ids = new ArrayList<>(List.of(client.id()));
    of(client).forEach(d -> ids.add(d.candidate().id()));
    return ids;
  }

  private static List<Optional<Instant>> closed(
      List<Long> clients, Map<Long, List<Optional<Instant>>> closures) {
    return clients.stream().flatMap(id -> closures.getOrDefault(id, List.of()).stream()).toList();
  }

  static PersonKey key(Client client) {
    return new PersonKey(client.name(), client.dateOfBirth(), client.bsnIndex());
  }

  private List<Client> near(Client person) {
    List<String> where = new ArrayList<>();
    person.dateOfBirth().ifPresent(d -> where.add("c.dateOfBirth = :born"));
    person.bsnIndex().ifPresent(i -> where.add("c.bsnIndex = :index"));
    if (where.isEmpty()) {
      return List.of();
    }
    TypedQuery<Client> query =
        em.createQuery(
            "SELECT c FROM Client c WHERE c.id <> :id AND c.mergedInto IS NULL AND ("
                + String.join(" OR ", where)
                + ") ORDER BY c.id",
            Client.class);
    query.setParameter("id", person.id());
    person.dateOfBirth().ifPresent(d -> query.setParameter("born", d));
    person.bsnIndex().ifPresent(i -> query.setParameter("index", i));
    return query.setMaxResults(MAX_CANDIDATES).getResultList();
  }

  /** When the clients' cases closed, per client (cases not closed give an empty closure). */
  Map<Long, List<Optional<Instant>>> closures(Set<Long> clients) {
    Map<Long, List<Optional<Instant>>> closures = new HashMap<>();
    if (clients.isEmpty()) {
      return closures;
    }
    em.createQuery(
            "SELECT c FROM Casus c WHERE c.client.id IN :ids AND c.closedAt IS NOT NULL",
            Case.class)
        .setParameter("ids", List.copyOf(clients))
        .getResultList()
        .forEach(
            c -> closures.computeIfAbsent(c.clientId(), k -> new ArrayList<>()).add(c.closedAt()));
    return closures;
  }
}
