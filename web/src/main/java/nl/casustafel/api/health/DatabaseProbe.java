package nl.casustafel.api.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import nl.casustafel.shared.DatabaseHealth;

/**
 * Asks the database how it is ({@link DatabaseHealth#check()}) and waits at most {@link #BOUND} for
 * the answer: the readiness check and {@code /api/v1/health/db} must say DOWN within 5 s of the
 * database freezing, while getting a connection alone may take the connect timeout (5 s).
 */
@ApplicationScoped
public class DatabaseProbe {

  /** How long a health check waits for the database. */
  public static final Duration BOUND = Duration.ofSeconds(3);

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  @EJB private DatabaseHealth health;

  private BoundedCheck<DatabaseHealth.Status> check;

  @PostConstruct
  void init() {
    check = new BoundedCheck<>(executor, BOUND, health::check);
  }

  /** The database's status, or empty when it did not answer within {@link #BOUND}. */
  public Optional<DatabaseHealth.Status> status() {
    return check.run();
  }
}
