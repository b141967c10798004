package nl.casustafel.policy;

import java.util.Objects;
import java.util.Optional;
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

  /**
   * Denied for {@code reason}; {@code limit} is the covenant article whose scope the request falls
   * outside, when there is one (null otherwise).
   */
  record Deny(DenyReason reason, ArticleRef limit) implements Decision {
    public Deny {
      Objects.requireNonNull(reason, "A deny needs its reason.");
    }

    public Deny(DenyReason reason) {
      this(reason, null);
    }

    public Optional<ArticleRef> limitingArticle() {
      return Optional.ofNullable(limit);
    }

    @Override
    public boolean permitted() {
      return false;
    }
  }
}
