package nl.casustafel.registry;

/** What executing an approved list destroyed: cases and persons (some may have changed since). */
public record DestructionResult(long listId, int cases, int persons) {}
