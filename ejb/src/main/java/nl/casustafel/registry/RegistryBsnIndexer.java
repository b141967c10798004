package nl.casustafel.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.casustafel.casefile.BsnIndexer;

/** Case search's BSN lookup: the blind index of {@link RegistryKeys#bsn()}. */
@ApplicationScoped
public class RegistryBsnIndexer implements BsnIndexer {

  @Inject private RegistryKeys keys;

  @Override
  public Optional<String> indexOf(String tenant, String digits) {
    try {
      return Optional.of(keys.bsn().blindIndex(tenant, Bsn.parse(digits)));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // fails the elfproef: not a BSN, so only a text fragment
    }
  }
}
