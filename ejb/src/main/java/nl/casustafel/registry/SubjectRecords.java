package nl.casustafel.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.casefile.CareEpisode;
import nl.casustafel.casefile.Case;
import nl.casustafel.casefile.CaseInformation;
import nl.casustafel.casefile.CaseMeeting;
import nl.casustafel.casefile.Client;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerDirectory;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.registry.report.SubjectAccessReport.CaseEntry;
import nl.casustafel.registry.report.SubjectAccessReport.Entry;
import nl.casustafel.registry.report.SubjectAccessReport.Field;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.TenantContext;

/**
 * Reads what the tenant holds about one person, for {@link SubjectAccessReports} only (which asks
 * the decision point first): the client record, aliases, cases, case information, care episodes,
 * case conferences and referrals. Runs in the caller's transaction and tenant (EclipseLink's tenant
 * discriminator; the one native query names the tenant itself). Partner names are looked up once
 * per report.
 */
@Dependent
public class SubjectRecords {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private PartnerDirectory partners;

  private final Map<PartnerId, String> names = new HashMap<>();

  /** What the report shows of the person, and the data categories that holds. */
  record Held(
      List<Field> personalData,
      List<CaseEntry> cases,
      List<Entry> otherRecords,
      Set<DataCategory> categories) {}

  /** The tenant's client with this id, if the tenant has one. */
  Optional<Client> client(long id) {
    return em
        .createQuery("SELECT c FROM Client c WHERE c.id = :id", Client.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The clients of the tenant's cases with this reference (one at most: references are unique). */
  List<Long> clientsWithCase(String reference) {
    return em
        .createQuery("SELECT c FROM Casus c WHERE c.reference = :reference", Case.class)
        .setParameter("reference", reference)
        .getResultList()
        .stream()
        .map(Case::clientId)
        .distinct()
        .toList();
  }

  /** The tenant's clients whose BSN has this blind index. */
  List<Long> clientsWithBsn(String blindIndex) {
    return em
        .createQuery("SELECT c FROM Client c WHERE c.bsnIndex = :index", Client.class)
        .setParameter("index", blindIndex)
        .getResultList()
        .stream()
        .map(Client::id)
        .sorted()
        .toList();
  }

  /** The references of the person's cases, oldest first. */
  List<String> caseReferences(long clientId) {
    return casesOf(clientId).stream().map(Case::reference).toList();
  }

  /** Everything the report shows of the person; {@code bsn} as it is to be printed. */
  Held heldAbout(Client client, Optional<String> bsn) {
    names.clear(); // a pooled service keeps this bean: names are read afresh per report
    List<Case> cases = casesOf(client.id());
    Map<Long, String> references = new HashMap<>();
    cases.forEach(c -> references.put(c.id().value(), c.reference()));
    Set<DataCategory> categories = EnumSet.of(DataCategory.IDENTIFYING);
    if (hasContact(client)) {
      categories.add(DataCategory.CONTACT);
    }
    List<Entry> other = new ArrayList<>();
    List<Referral> referrals = referralsAbout(client.id());
    referrals.forEach(r -> other.add(referral(r)));
    if (!referrals.isEmpty()) {
      categories.add(DataCategory.SOCIAL); // what the referral says: PersonTimeline's category
    }
    cases.forEach(c -> other.addAll(SubjectAccessContent.statusChanges(c)));
    for (CaseInformation item : ofCases(CaseInformation.class, "createdAt", references)) {
      other.add(SubjectAccessContent.information(item, reference(references, item), this::name));
      categories.add(item.category());
    }
    for (CareEpisode episode : ofCases(CareEpisode.class, "startedOn", references)) {
      String reference = references.get(episode.caseId().value());
      other.add(SubjectAccessContent.care(episode, reference, this::name));
      categories.add(episode.kind().category());
    }
    for (CaseMeeting meeting : ofCases(CaseMeeting.class, "heldOn", references)) {
      String reference = references.get(meeting.caseId().value());
      other.add(SubjectAccessContent.meeting(meeting.heldOn(), reference));
    }
    other.sort(Comparator.comparing(Entry::date)); // stable: same day keeps the order above
    return new Held(
        SubjectAccessContent.personalData(client, aliases(client.id()), bsn),
        cases.stream().map(c -> SubjectAccessContent.caseEntry(c, this::name)).toList(),
        other,
        categories);
  }

  /** A partner's name; its id when the directory does not know it. */
  String partnerName(PartnerId partner) {
    return name(partner);
  }

  private String name(PartnerId partner) {
    return names.computeIfAbsent(
        partner, p -> partners.find(p).map(Partner::getName).orElse(p.value()));
  }

  private static boolean hasContact(Client client) {
    var d = client.details();
    return d.municipality().isPresent()
        || d.address().isPresent()
        || d.phone().isPresent()
        || d.email().isPresent()
        || d.safeToContact().isPresent()
        || d.preferredChannel().isPresent();
  }

  private static Entry referral(Referral r) {
    return SubjectAccessContent.referral(
        AmsterdamTime.dayOf(r.receivedAt()), r.source(), r.reference(), r.reason(), r.outcome());
  }

  private static String reference(Map<Long, String> references, CaseInformation item) {
    return references.getOrDefault(item.caseId().value(), "");
  }

  private List<Case> casesOf(long clientId) {
    return em.createQuery(
            "SELECT c FROM Casus c WHERE c.client.id = :client ORDER BY c.openedAt, c.id",
            Case.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  private List<Referral> referralsAbout(long clientId) {
    return em.createQuery(
            "SELECT r FROM Referral r WHERE r.client = :client ORDER BY r.receivedAt, r.id",
            Referral.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  /** The entities of one kind that belong to these cases, ordered by the field. */
  private <T> List<T> ofCases(Class<T> type, String orderBy, Map<Long, String> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    String entity = type.getSimpleName();
    return em.createQuery(
            "SELECT x FROM "
                + entity
                + " x WHERE x.caseId IN :ids ORDER BY x."
                + orderBy
                + ", x.id",
            type)
        .setParameter("ids", List.copyOf(cases.keySet()))
        .getResultList();
  }

  /** The person's aliases, in the order they were recorded (no entity maps client_alias). */
  private List<String> aliases(long clientId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT alias FROM client_alias WHERE tenant_id = ? AND client_id = ? ORDER BY id")
            .setParameter(1, tenant.current().orElseThrow().value())
            .setParameter(2, clientId)
            .getResultList();
    return rows.stream().map(String::valueOf).toList();
  }
}
