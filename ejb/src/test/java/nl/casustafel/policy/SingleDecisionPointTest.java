package nl.casustafel.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The policy decision point is the only place that decides: no code outside {@code policy} (and
 * {@code identity}, which reads roles from the token) builds a decision or looks at a role. A rule
 * taken elsewhere fails the build here, not in a review.
 */
class SingleDecisionPointTest {

  private static final Pattern DECIDING =
      Pattern.compile("new Decision\\.(Deny|Permit)\\(|\\bRole\\.[A-Z_]+|MembershipRole\\.AD_HOC");
  private static final List<Path> SOURCES =
      List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"));

  @Test
  void noDecisionIsTakenOutsideThePolicyDecisionPoint() {
    List<String> found =
        SOURCES.stream()
            .flatMap(SingleDecisionPointTest::javaFiles)
            .filter(f -> !inDecidingPackage(f))
            .flatMap(SingleDecisionPointTest::decisions)
            .toList();
    assertEquals(List.of(), found, "decisions outside nl.casustafel.policy");
  }

  @Test
  void theScanSeesTheSources() {
    assertTrue(
        SOURCES.stream().flatMap(SingleDecisionPointTest::javaFiles).count() > 100,
        "the scan found too few source files: does it look in the right place?");
    assertTrue(
        javaFiles(SOURCES.get(0))
            .filter(SingleDecisionPointTest::inDecidingPackage)
            .flatMap(SingleDecisionPointTest::decisions)
            .findAny()
            .isPresent(),
        "the pattern finds nothing even in the decision point itself");
  }

  private static boolean inDecidingPackage(Path file) {
    String path = file.toString().replace('\\', '/');
    return path.contains("/nl/casustafel/policy/")
        || path.contains("/nl/casustafel/identity/")
        || path.contains("/nl/casustafel/covenant/");
  }

  private static Stream<Path> javaFiles(Path root) {
    try {
      return Files.walk(root).filter(p -> p.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> decisions(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return java.util.stream.IntStream.range(0, lines.size())
          .filter(i -> DECIDING.matcher(lines.get(i)).find())
          .mapToObj(i -> file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
