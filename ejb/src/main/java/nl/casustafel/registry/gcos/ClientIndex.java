package nl.casustafel.registry.gcos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.casustafel.registry.Bsn;
import nl.casustafel.registry.gcos.ExistingRegistry.ExistingClient;
import nl.casustafel.registry.gcos.Person.NameAndBirth;

/**
 * Finds the client of a person among the new clients of this file and the tenant's clients. The
 * rules (issue 10, "Import from GCOS"):
 *
 * <ul>
 *   <li>the same BSN is the same client;
 *   <li>without a BSN, the same normalised name and date of birth is the same client — unless that
 *       client has a BSN: then it is unclear whether the two are one person (AMBIGUOUS);
 *   <li>with a BSN, a client of the same name and date of birth without a BSN is AMBIGUOUS too; one
 *       with another BSN is another person;
 *   <li>more than one candidate is AMBIGUOUS;
 *   <li>without BSN and date of birth nobody is matched: a new client (duplicates are for the
 *       registry's duplicate check, not for a guess here).
 * </ul>
 */
final class ClientIndex {

  /** A new client of this file under its name and date of birth. */
  private record FileClient(int line, boolean hasBsn) {}

  private final ExistingRegistry registry;
  private final Map<Bsn, Integer> lineByBsn = new HashMap<>();
  private final Map<NameAndBirth, List<FileClient>> byNameAndBirth = new HashMap<>();

  ClientIndex(ExistingRegistry registry) {
    this.registry = registry;
  }

  ClientMatch match(Person.PersonKey person) {
    return person.bsn() != null ? matchWithBsn(person) : matchWithoutBsn(person);
  }

  /** Remembers a new client introduced by {@code line}. */
  void add(Person.PersonKey person, int line) {
    if (person.bsn() != null) {
      lineByBsn.put(person.bsn(), line);
    }
    NameAndBirth key = person.nameAndBirth();
    if (key != null) {
      byNameAndBirth
          .computeIfAbsent(key, k -> new ArrayList<>(1))
          .add(new FileClient(line, person.bsn() != null));
    }
  }

  private ClientMatch matchWithBsn(Person.PersonKey person) {
    Integer line = lineByBsn.get(person.bsn());
    if (line != null) {
      return ClientMatch.known(ClientRef.newFromLine(line));
    }
    List<ExistingClient> byBsn = registry.clientsByBsn(person.bsn());
    if (byBsn.size() > 1) {
      return ClientMatch.ambiguous(String.format(ImportText.AMBIGUOUS_EXISTING, byBsn.size()));
    }
    if (byBsn.size() == 1) {
      return ClientMatch.known(ClientRef.existing(byBsn.get(0).id()));
    }
    NameAndBirth key = person.nameAndBirth();
    if (key == null) {
      return ClientMatch.NEW;
    }
    for (FileClient c : byNameAndBirth.getOrDefault(key, List.of())) {
      if (!c.hasBsn()) {
        return ClientMatch.ambiguous(String.format(ImportText.AMBIGUOUS_LINE, c.line()));
      }
    }
    long withoutBsn = existingByName(key).stream().filter(c -> !c.hasBsn()).count();
    return withoutBsn == 0
        ? ClientMatch.NEW
        : ClientMatch.ambiguous(String.format(ImportText.AMBIGUOUS_EXISTING, withoutBsn));
  }

  private ClientMatch matchWithoutBsn(Person.PersonKey person) {
    NameAndBirth key = person.nameAndBirth();
    if (key == null) {
      return ClientMatch.NEW;
    }
    List<FileClient> inFile = byNameAndBirth.getOrDefault(key, List.of());
    List<ExistingClient> existing = existingByName(key);
    if (inFile.size() + existing.size() > 1) {
      return ambiguous(inFile, existing);
    }
    if (inFile.size() == 1) {
      FileClient c = inFile.get(0);
      return c.hasBsn()
          ? ClientMatch.ambiguous(String.format(ImportText.AMBIGUOUS_LINE, c.line()))
          : ClientMatch.known(ClientRef.newFromLine(c.line()));
    }
    if (existing.size() == 1) {
      ExistingClient c = existing.get(0);
      return c.hasBsn()
          ? ClientMatch.ambiguous(String.format(ImportText.AMBIGUOUS_EXISTING, 1))
          : ClientMatch.known(ClientRef.existing(c.id()));
    }
    return ClientMatch.NEW;
  }

  private static ClientMatch ambiguous(List<FileClient> inFile, List<ExistingClient> existing) {
    if (!inFile.isEmpty()) {
      return ClientMatch.ambiguous(String.format(ImportText.AMBIGUOUS_LINE, inFile.get(0).line()));
    }
    return ClientMatch.ambiguous(String.format(ImportText.AMBIGUOUS_EXISTING, existing.size()));
  }

  private List<ExistingClient> existingByName(NameAndBirth key) {
    Set<ExistingClient> distinct =
        new LinkedHashSet<>(registry.clientsByNameAndBirthDate(key.name(), key.dateOfBirth()));
    return List.copyOf(distinct);
  }
}
