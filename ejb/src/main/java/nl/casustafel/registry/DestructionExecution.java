package nl.casustafel.registry;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Carries out one approved list inside the approval's transaction. Every entry is judged again at
 * this instant, so an entry that is no longer due — a case reopened, a person with a new signal or
 * with a case not yet due — is kept. Before a case goes its yearly figure moves to the stored count
 * of destroyed cases, and a {@link DestructionRecord} says what kind of record was destroyed, when
 * and on whose approval. Afterwards the list loses its entries (ids and references).
 */
final class DestructionExecution {

  private final EntityManager em;
  private final RetentionQueries queries;
  private final Destructions destructions;
  private final Optional<RetentionRule> rule;
  private final Instant now;
  private final Map<YearlyFigure.Key, DestroyedCount> counts = new HashMap<>();

  DestructionExecution(
      EntityManager em,
      RetentionQueries queries,
      Destructions destructions,
      Optional<RetentionRule> rule,
      Instant now) {
    this.em = em;
    this.queries = queries;
    this.destructions = destructions;
    this.rule = rule;
    this.now = now;
  }

  /** Destroys what is still due on the list; returns what was destroyed. */
  DestructionResult run(long listId, String approvedBy) {
    List<DestructionEntry> entries = queries.entries(listId);
    Map<Long, RetainedCase> held =
        queries.heldCases().stream()
            .collect(Collectors.toMap(RetainedCase::caseId, Function.identity()));
    queries.destroyedCounts().forEach(c -> counts.put(c.figure().key(), c));
    int cases = 0;
    for (DestructionEntry entry : entries) {
      if (entry.kind() == DestructionKind.CASE) {
        RetainedCase kase = entry.caseId().map(held::get).orElse(null);
        if (kase != null && rule.isPresent() && kase.dueAt(rule.get(), now)) {
          countDestroyed(kase);
          em.persist(DestructionRecord.ofCase(listId, kase, approvedBy, now));
          destructions.destroyCase(kase.caseId());
          held.remove(kase.caseId());
          cases++;
        }
      }
    }
    int persons = destroyPersons(listId, entries, held, approvedBy);
    destructions.clearEntries(listId);
    return new DestructionResult(listId, cases, persons);
  }

  private int destroyPersons(
      long listId, List<DestructionEntry> entries, Map<Long, RetainedCase> held, String by) {
    Set<Long> waiting = queries.clientsWaiting();
    int persons = 0;
    for (DestructionEntry entry : entries) {
      if (entry.kind() != DestructionKind.CLIENT || entry.clientId().isEmpty()) {
        continue;
      }
      long client = entry.clientId().get();
      boolean hasCases = held.values().stream().anyMatch(c -> c.clientId() == client);
      if (!hasCases && !waiting.contains(client) && destructions.destroyClient(client)) {
        em.persist(DestructionRecord.ofClient(listId, by, now));
        persons++;
      }
    }
    return persons;
  }

  private void countDestroyed(RetainedCase kase) {
    YearlyFigure.Key key = YearlyFigure.Key.of(kase);
    DestroyedCount count =
        counts.computeIfAbsent(
            key,
            k -> {
              DestroyedCount added = new DestroyedCount(k);
              em.persist(added);
              return added;
            });
    count.addOne();
  }
}
