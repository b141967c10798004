package nl.casustafel.registry;

import java.time.LocalDate;
import nl.casustafel.casefile.CaseType;

/**
 * A case on a destruction list as the manager reviews it: its reference, type, the Amsterdam day it
 * was closed and the last Amsterdam day it is kept. Deliberately no name and no person.
 */
public record DestructionItem(
    String reference, CaseType type, LocalDate closedOn, LocalDate destroyAfter) {}
