package nl.casustafel.registry;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.casustafel.casefile.Case;
import nl.casustafel.casefile.CaseMeeting;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.casefile.Client;
import nl.casustafel.casefile.PersonDetails;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.registry.gcos.ClientRef;
import nl.casustafel.registry.gcos.ImportCommand;
import nl.casustafel.registry.gcos.ImportSink;
import nl.casustafel.registry.gcos.Person;
import nl.casustafel.shared.AmsterdamTime;

/**
 * Stores a committed GCOS import in the caller's transaction: clients (BSN encrypted), cases led by
 * the importing manager's organisation with it as participant, and their meetings. A case whose
 * last line says it is closed is closed on its last meeting day (its referral day without
 * meetings), so retention counts from there. Call {@link #finish()} after the last command.
 */
final class GcosCommitter implements ImportSink {

  private final EntityManager em;
  private final BsnProtection bsn;
  private final String tenant;
  private final CurrentUser user;
  private final Instant now;
  private final CaseReferences references;
  private final Map<Integer, Client> clients = new HashMap<>();
  private final Map<String, Case> cases = new HashMap<>();
  private final Map<String, LocalDate> closures = new HashMap<>();

  GcosCommitter(EntityManager em, BsnProtection bsn, String tenant, CurrentUser user, Instant now) {
    this.em = em;
    this.bsn = bsn;
    this.tenant = tenant;
    this.user = user;
    this.now = now;
    this.references = new CaseReferences(em);
  }

  @Override
  public void accept(ImportCommand command) {
    if (command instanceof ImportCommand.NewClient c) {
      clients.put(c.line(), client(c.person()));
    } else if (command instanceof ImportCommand.NewCase c) {
      cases.put(c.registrationNumber(), kase(c));
    } else if (command instanceof ImportCommand.NewMeeting m) {
      meeting(m);
    }
  }

  /** Closes the closed cases on their last meeting day. */
  void finish() {
    closures.forEach(
        (number, day) ->
            cases
                .get(number)
                .changeStatus(
                    CaseStatus.CLOSED, user.username(), AmsterdamTime.startOf(day), "GCOS"));
    em.flush();
  }

  private Client client(Person p) {
    String name =
        String.join(" ", p.givenNames(), p.prefix(), p.surname()).strip().replaceAll("\\s+", " ");
    Client client = new Client(name, p.dateOfBirth());
    client.describe(
        new PersonDetails(
            Optional.empty(),
            Optional.ofNullable(p.gender()).map(Enum::name),
            Optional.ofNullable(p.nationality()).filter(n -> !n.isBlank()),
            Optional.ofNullable(p.residence()).filter(r -> !r.isBlank()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
    client.registeredAt(now);
    p.optionalBsn().ifPresent(b -> client.protectBsn(bsn.encrypt(b), bsn.blindIndex(tenant, b)));
    em.persist(client);
    return client;
  }

  private Case kase(ImportCommand.NewCase c) {
    Client client = clientOf(c.client());
    Instant opened = AmsterdamTime.startOf(c.referredOn());
    PartnerId own = user.partner().orElseThrow();
    Case kase =
        Case.open(
            references.next(c.caseType(), opened),
            c.caseType(),
            c.exploitationForm(),
            own,
            client,
            opened,
            user.username());
    kase.importedFromGcos(c.registrationNumber());
    kase.invite(own, user.username(), opened, null);
    kase.changeStatus(CaseStatus.IN_CONFERENCE, user.username(), opened, "GCOS");
    if (c.status().closed()) {
      closures.put(c.registrationNumber(), c.referredOn());
    }
    em.persist(kase);
    em.flush(); // the next reference of a later case must see this one
    return kase;
  }

  private void meeting(ImportCommand.NewMeeting m) {
    Case kase =
        m.existingCaseId() != null
            ? em.find(Case.class, Long.valueOf(m.existingCaseId()))
            : cases.get(m.registrationNumber());
    em.persist(new CaseMeeting(kase.id(), m.date(), m.director(), "GCOS"));
    if (closures.containsKey(m.registrationNumber())
        && m.date().isAfter(closures.get(m.registrationNumber()))) {
      closures.put(m.registrationNumber(), m.date());
    }
  }

  private Client clientOf(ClientRef ref) {
    return ref.isExisting()
        ? em.find(Client.class, Long.valueOf(ref.existingId()))
        : clients.get(ref.line());
  }
}
