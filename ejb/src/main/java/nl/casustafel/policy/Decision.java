package nl.casustafel.policy;

import java.util.Objects;
import nl.casustafel.covenant.ArticleRef;

/** The answer of the policy decision point: permitted on an article, or denied for a reason. */
public sealed interface Decision {

  boolean permitted();

  /** Permitted; {@code basis} is the covenant article recorded as the legal basis. */
  record Permit(ArticleRef basis) implements Decision {
    public Permit {
      Objects.requireNonNull(basis, "A permit needs its legal basis.");
    }

    @Override
    public boolean permitted() {
      return true;
    }
  }

  /** Denied for {@code reason}. */
  record Deny(DenyReason reason) implements Decision {
    public Deny {
      Objects.requireNonNull(reason, "A deny needs its reason.");
    }

    @Override
    public boolean permitted() {
      return false;
    }
  }
}
