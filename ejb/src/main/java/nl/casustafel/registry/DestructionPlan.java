package nl.casustafel.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which cases and persons of a tenant are due for destruction at an instant: the pure core of the
 * daily destruction list (retention, AVG art. 5(1)(e)).
 *
 * <p>A case is due when it is CLOSED and kept past its last day ({@link RetainedCase#dueAt}). A
 * person (client) is due when every one of their cases is due and no referral or signal about them
 * waits for triage: a new signal keeps the person. A person without any case is never proposed here
 * (their referrals have their own course).
 *
 * @param cases the due cases, oldest closure first
 * @param clients the ids of the due persons, ascending
 */
public record DestructionPlan(List<DueCase> cases, List<Long> clients) {

  /** A due case as the manager reviews it: reference and dates, never the person. */
  public record DueCase(RetainedCase kase, LocalDate destroyAfter) {}

  public DestructionPlan {
    cases = List.copyOf(cases);
    clients = List.copyOf(clients);
  }

  /**
   * The plan for the tenant's cases.
   *
   * @param all every case of the tenant
   * @param clientsWaiting the persons with a referral or signal that waits for triage
   */
  public static DestructionPlan of(
      List<RetainedCase> all, Set<Long> clientsWaiting, RetentionRule rule, Instant now) {
    List<DueCase> due = new ArrayList<>();
    for (RetainedCase kase : all) {
      if (kase.dueAt(rule, now)) {
        due.add(new DueCase(kase, rule.destroyAfter(kase.closedAt().orElseThrow())));
      }
    }
    due.sort(
        Comparator.comparing((DueCase d) -> d.kase().closedAt().orElseThrow())
            .thenComparing(d -> d.kase().caseId()));
    Map<Long, List<RetainedCase>> byClient =
        all.stream().collect(Collectors.groupingBy(RetainedCase::clientId));
    Set<Long> clients = new TreeSet<>();
    for (DueCase d : due) {
      long client = d.kase().clientId();
      boolean allDue = byClient.get(client).stream().allMatch(c -> c.dueAt(rule, now));
      if (allDue && !clientsWaiting.contains(client)) {
        clients.add(client);
      }
    }
    return new DestructionPlan(due, new ArrayList<>(clients));
  }
}
