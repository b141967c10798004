package nl.casustafel.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The tenant's current proposal: the list's id, when (UTC) and for which Amsterdam day it was
 * built, its cases and how many persons go with them.
 */
public record DestructionProposal(
    long id, Instant builtAt, LocalDate builtForDay, List<DestructionItem> cases, int persons) {

  public DestructionProposal {
    cases = List.copyOf(cases);
  }
}
