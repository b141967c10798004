package nl.casustafel.registry.gcos;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.registry.Bsn;
import nl.casustafel.registry.gcos.ImportCommand.NewCase;
import nl.casustafel.registry.gcos.ImportCommand.NewClient;
import nl.casustafel.registry.gcos.ImportCommand.NewMeeting;

/**
 * A tenant in memory: the port the import reads and the sink it writes, like the lead's committer
 * over JPA. It keeps every command it received.
 */
final class FakeRegistry implements ExistingRegistry, ImportSink {

  record StoredClient(String id, Bsn bsn, String name, LocalDate birth) {}

  record StoredCase(String id, String clientId, CaseType type, Set<LocalDate> meetings) {}

  final List<ImportCommand> commands = new ArrayList<>();
  final Map<String, StoredClient> clients = new HashMap<>();
  final Map<String, StoredCase> cases = new HashMap<>();
  private final Map<Integer, String> clientOfLine = new HashMap<>();
  private final Set<String> otherTenantPrefixes = new HashSet<>();

  FakeRegistry otherTenantPrefix(String prefix) {
    otherTenantPrefixes.add(prefix);
    return this;
  }

  StoredClient addClient(String bsn, String normalisedName, LocalDate birth) {
    String id = "C" + (clients.size() + 1);
    Bsn b = bsn == null ? null : Bsn.parse(bsn);
    StoredClient c = new StoredClient(id, b, normalisedName, birth);
    clients.put(id, c);
    return c;
  }

  @Override
  public void accept(ImportCommand command) {
    commands.add(command);
    if (command instanceof NewClient c) {
      Person p = c.person();
      clientOfLine.put(c.line(), addClient(bsnOf(p), p.normalisedName(), p.dateOfBirth()).id());
    } else if (command instanceof NewCase c) {
      String clientId =
          c.client().isExisting() ? c.client().existingId() : clientOfLine.get(c.client().line());
      String id = "Z" + (cases.size() + 1);
      cases.put(
          c.registrationNumber(), new StoredCase(id, clientId, c.caseType(), new HashSet<>()));
    } else if (command instanceof NewMeeting m) {
      cases.get(m.registrationNumber()).meetings().add(m.date());
    }
  }

  private static String bsnOf(Person p) {
    return p.bsn() == null ? null : p.bsn().digits();
  }

  @Override
  public Optional<ExistingCase> caseByGcosNumber(String number) {
    StoredCase c = cases.get(number);
    return Optional.ofNullable(c)
        .map(s -> new ExistingCase(s.id(), s.clientId(), s.type(), s.meetings()));
  }

  @Override
  public List<ExistingClient> clientsByBsn(Bsn bsn) {
    return find(c -> bsn.equals(c.bsn()));
  }

  @Override
  public List<ExistingClient> clientsByNameAndBirthDate(String name, LocalDate birth) {
    return find(c -> name.equals(c.name()) && birth.equals(c.birth()));
  }

  @Override
  public boolean belongsToOtherTenant(String number) {
    return otherTenantPrefixes.stream().anyMatch(number::startsWith);
  }

  private List<ExistingClient> find(Predicate<StoredClient> filter) {
    return clients.values().stream()
        .filter(filter)
        .map(c -> new ExistingClient(c.id(), c.bsn() != null))
        .toList();
  }
}
