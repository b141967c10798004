package nl.casustafel.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.Role;
import nl.casustafel.it.Deployments;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.Page;
import nl.casustafel.shared.PageRequest;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.tenant.TenantId;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No N+1: listing 100 cases costs at most 2 SQL statements more than listing 10, counted with an
 * EclipseLink session listener on every SQL call. Each size lives in a tenant of its own, so both
 * lists start from a cold cache.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseListQueriesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("case-list-queries-it", CaseListQueriesIT.class, CaseSeeder.class);
  }

  enum Reader {
    DIRECTOR(CaseSeeder.ZVH, Role.CASE_DIRECTOR),
    PARTNER(CaseSeeder.POLICE, Role.PARTNER_MEMBER);

    final String partner;
    final Role role;

    Reader(String partner, Role role) {
      this.partner = partner;
      this.role = role;
    }
  }

  @Inject private TenantContext tenant;
  @EJB private CaseSeeder seeder;
  @EJB private CaseFiles cases;

  /** Statements per list, by reader and size; each measurement is a request of its own. */
  private static final Map<String, Integer> STATEMENTS = new ConcurrentHashMap<>();

  // Plain methods, not parameterised: Arquillian runs each in a request of its own, and a request
  // acts in one tenant only.
  @Test
  @Order(1)
  void directorListsTen() throws Exception {
    measure(Reader.DIRECTOR, 10);
  }

  @Test
  @Order(2)
  void directorListsAHundred() throws Exception {
    measure(Reader.DIRECTOR, 100);
  }

  @Test
  @Order(3)
  void partnerListsTen() throws Exception {
    measure(Reader.PARTNER, 10);
  }

  @Test
  @Order(4)
  void partnerListsAHundred() throws Exception {
    measure(Reader.PARTNER, 100);
  }

  private void measure(Reader reader, int size) throws Exception {
    String tenantId = "zvh-nplus1-" + reader.name().toLowerCase() + "-" + size;
    seeder.seed(tenantId, 9000 + reader.ordinal() * 10L + (size == 10 ? 0 : 1), size);
    STATEMENTS.put(reader + "/" + size, statementsToList(new TenantId(tenantId), reader, size));
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  @Order(5)
  void tenTimesTheCasesCostAtMostTwoMoreStatements(Reader reader) {
    int ten = STATEMENTS.get(reader + "/10");
    int hundred = STATEMENTS.get(reader + "/100");
    assertTrue(ten > 0, "no statements counted: the counter does not work");
    assertTrue(hundred - ten <= 2, "10 cases: " + ten + " statements, 100 cases: " + hundred);
  }

  /**
   * The page (a count probe per case) and the total (the partner's participations counted alone)
   * mirror the decision point's rule: a revoked, an ended and a not-yet-started participation make
   * no case known, and the total equals what the pages list.
   */
  @Test
  @Order(6)
  void onlyActiveParticipationsAreListedAndCounted() throws Exception {
    String tenantId = "zvh-list-active";
    seeder.seed(tenantId, 9100, 10);
    seeder.deactivateFirstThree(tenantId, CaseSeeder.POLICE);
    tenant.enter(new TenantId(tenantId));
    CurrentUser police = user(new TenantId(tenantId), Reader.PARTNER);

    Page<CaseSummary> first = cases.list(police, new PageRequest(0, 5, ""));
    Page<CaseSummary> second = cases.list(police, new PageRequest(5, 5, ""));

    assertEquals(7, first.total());
    assertEquals(7, second.total());
    assertEquals(
        java.util.List.of("T-0004", "T-0005", "T-0006", "T-0007", "T-0008", "T-0009", "T-0010"),
        java.util.stream.Stream.concat(first.items().stream(), second.items().stream())
            .map(CaseSummary::reference)
            .toList());
    assertEquals(
        10,
        cases
            .list(user(new TenantId(tenantId), Reader.DIRECTOR), new PageRequest(0, 20, ""))
            .total());
  }

  private static CurrentUser user(TenantId in, Reader reader) {
    return new CurrentUser(
        "it-" + reader,
        "it." + reader,
        "IT",
        Optional.of(new PartnerId(reader.partner)),
        Map.of(in, EnumSet.of(reader.role)),
        false);
  }

  private int statementsToList(TenantId in, Reader reader, int expected) {
    tenant.enter(in);
    CurrentUser user = user(in, reader);
    AtomicInteger calls = new AtomicInteger();
    SessionEventAdapter counter =
        new SessionEventAdapter() {
          @Override
          public void preExecuteCall(SessionEvent event) {
            calls.incrementAndGet();
          }
        };
    SessionEventManager events = seeder.sessionEvents();
    events.addListener(counter);
    try {
      Page<CaseSummary> page = cases.list(user, new PageRequest(0, 100, ""));
      assertEquals(expected, page.total());
      assertTrue(page.items().stream().allMatch(c -> c.client().disclosed().isPresent()));
    } finally {
      events.removeListener(counter);
    }
    return calls.get();
  }
}
