package nl.casustafel.registry.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.MissingResourceException;
import java.util.stream.Stream;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.casefile.CareKind;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.registry.SignalSource;
import nl.casustafel.registry.TriageOutcome;
import org.junit.jupiter.api.Test;

/** Every value the report shows has a Dutch label; a value without one is a bug, not a blank. */
class ReportLabelsTest {

  private static final List<Class<? extends Enum<?>>> SHOWN =
      List.of(
          DataCategory.class,
          CaseType.class,
          CaseStatus.class,
          SignalSource.class,
          TriageOutcome.class,
          CareKind.class,
          AuditAction.class,
          Purpose.class);

  @Test
  void everyValueOfEveryEnumTheReportShowsHasALabel() {
    SHOWN.stream()
        .flatMap(type -> Stream.of(type.getEnumConstants()))
        .forEach(value -> assertFalse(ReportLabels.of(value).isBlank(), value + " has no label"));
  }

  @Test
  void labelsAreDutchWhateverTheServersLocale() {
    assertEquals("Gezondheid", ReportLabels.of(DataCategory.HEALTH));
    assertEquals("In casusoverleg", ReportLabels.of(CaseStatus.IN_CONFERENCE));
    assertEquals("Naam", ReportLabels.text("field.name"));
  }

  @Test
  void anUnknownKeyFailsLoudly() {
    org.junit.jupiter.api.Assertions.assertThrows(
        MissingResourceException.class, () -> ReportLabels.text("field.nonsense"));
  }
}
