package nl.casustafel.identity.provisioning;

/**
 * Keycloak refused a provisioning call, or did not answer (status 0). Carries the HTTP status and
 * Keycloak's own error text; never the client secret or a token. Status 409 means the thing already
 * exists (a user with that username or e-mail, an organization with that name or alias).
 */
public class ProvisioningFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String keycloakError;

  /**
   * @param what what was asked, e.g. "create user j.jansen"
   * @param status the HTTP status of Keycloak's answer, 0 when there was none
   * @param keycloakError Keycloak's error text, empty when it gave none
   */
  public ProvisioningFailed(String what, int status, String keycloakError) {
    super(message(what, status, keycloakError));
    this.status = status;
    this.keycloakError = keycloakError;
  }

  ProvisioningFailed(String what, Throwable cause) {
    super(what + ": Keycloak did not answer (" + cause.getClass().getSimpleName() + ")", cause);
    this.status = 0;
    this.keycloakError = "";
  }

  private static String message(String what, int status, String keycloakError) {
    String outcome = status == 409 ? "already exists" : "HTTP " + status;
    return what + ": " + outcome + (keycloakError.isBlank() ? "" : " (" + keycloakError + ")");
  }

  /** Keycloak's HTTP status; 0 when Keycloak did not answer. */
  public int status() {
    return status;
  }

  /** Keycloak's error text, e.g. "User exists with same username"; empty when none. */
  public String keycloakError() {
    return keycloakError;
  }

  /** Keycloak answered 409 Conflict: what was to be created exists already. */
  public boolean alreadyExists() {
    return status == 409;
  }
}
