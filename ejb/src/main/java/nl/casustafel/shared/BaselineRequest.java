package nl.casustafel.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this request is the benchmark's baseline (issue #14): the case endpoints served without
 * the policy decision point and without the log write, so that {@code ./casustafel bench} can put
 * the audited endpoints against them in one run. The web tier marks a request that came in under
 * {@code /api/v1/baseline/}, and only when {@code CASUSTAFEL_BENCH_BASELINE=true}; {@link
 * DemoModeGuard} refuses that switch outside demo mode, so a production start never has it.
 */
@RequestScoped
public class BaselineRequest {

  @Inject
  @ConfigProperty(name = "casustafel.bench.baseline", defaultValue = "false")
  private boolean switchedOn;

  /** Demo mode ({@code CASUSTAFEL_DEMO}): the switch counts only there, whatever else checks it. */
  @Inject
  @ConfigProperty(name = "casustafel.demo", defaultValue = "false")
  private boolean demo;

  private boolean active;

  /** Whether the test-only switch is on in this server. */
  public boolean switchedOn() {
    return switchedOn && demo;
  }

  /**
   * Marks the request as the baseline.
   *
   * @throws IllegalStateException when the switch is off (the caller answers 404 first)
   */
  public void enter() {
    if (!switchedOn()) {
      throw new IllegalStateException("The benchmark baseline is switched off");
    }
    active = true;
  }

  /** Whether this request skips the decision point and the log write. */
  public boolean active() {
    return switchedOn() && active;
  }
}
