package nl.casustafel.policy;

import java.time.Instant;
import java.util.Objects;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.tenant.TenantId;

/** One question to the policy decision point. */
public record AccessRequest(
    CurrentUser user,
    TenantId activeTenant,
    CaseFacts kase,
    DataCategory category,
    Purpose purpose,
    Action action,
    Instant now) {

  public AccessRequest {
    Objects.requireNonNull(user, "user is required.");
    Objects.requireNonNull(activeTenant, "activeTenant is required.");
    Objects.requireNonNull(kase, "case is required.");
    Objects.requireNonNull(category, "category is required.");
    Objects.requireNonNull(purpose, "purpose is required.");
    Objects.requireNonNull(action, "action is required.");
    Objects.requireNonNull(now, "now is required.");
  }
}
