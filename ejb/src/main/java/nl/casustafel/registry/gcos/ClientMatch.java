package nl.casustafel.registry.gcos;

/**
 * Whom a person of a new case is: a new client, a known one, or unclear (then the line is rejected
 * with {@code reason}, never guessed).
 *
 * @param client the known client, or null when new or ambiguous
 * @param reason the Dutch reason when ambiguous, else null
 */
record ClientMatch(ClientRef client, String reason) {

  static final ClientMatch NEW = new ClientMatch(null, null);

  static ClientMatch known(ClientRef client) {
    return new ClientMatch(client, null);
  }

  static ClientMatch ambiguous(String reason) {
    return new ClientMatch(null, reason);
  }

  boolean isNew() {
    return client == null && reason == null;
  }

  boolean isAmbiguous() {
    return reason != null;
  }
}
