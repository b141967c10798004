package nl.casustafel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgeBandTest {

  private static final LocalDate DAY = LocalDate.of(2019, 6, 15);

  private static AgeBand born(LocalDate birth) {
    return AgeBand.at(Optional.of(birth), Optional.empty(), DAY);
  }

  @Test
  void theBandChangesOnTheBirthday() {
    assertEquals(AgeBand.UNDER_18, born(LocalDate.of(2001, 6, 16)));
    assertEquals(AgeBand.AGE_18_20, born(LocalDate.of(2001, 6, 15)));
    assertEquals(AgeBand.AGE_18_20, born(LocalDate.of(1998, 6, 16)));
    assertEquals(AgeBand.AGE_21_25, born(LocalDate.of(1998, 6, 15)));
    assertEquals(AgeBand.AGE_21_25, born(LocalDate.of(1993, 6, 16)));
    assertEquals(AgeBand.AGE_26_29, born(LocalDate.of(1993, 6, 15)));
    assertEquals(AgeBand.AGE_30_39, born(LocalDate.of(1989, 6, 15)));
    assertEquals(AgeBand.AGE_30_39, born(LocalDate.of(1979, 6, 16)));
    assertEquals(AgeBand.AGE_40_PLUS, born(LocalDate.of(1979, 6, 15)));
  }

  @Test
  void anEstimatedYearMeansTheFirstOfJuly() {
    assertEquals(AgeBand.AGE_18_20, AgeBand.at(Optional.empty(), Optional.of(1998), DAY));
    assertEquals(
        AgeBand.AGE_21_25, AgeBand.at(Optional.empty(), Optional.of(1998), DAY.withMonth(7)));
  }

  @Test
  void theDateOfBirthWinsOverTheEstimate() {
    assertEquals(
        AgeBand.AGE_40_PLUS,
        AgeBand.at(Optional.of(LocalDate.of(1970, 1, 1)), Optional.of(2000), DAY));
  }

  @Test
  void withoutBirthOrBornLaterTheBandIsUnknown() {
    assertEquals(AgeBand.UNKNOWN, AgeBand.at(Optional.empty(), Optional.empty(), DAY));
    assertEquals(AgeBand.UNKNOWN, born(DAY.plusDays(1)));
    assertEquals(AgeBand.UNDER_18, born(DAY));
  }

  @Test
  void under26AreTheBandsBelow26() {
    assertTrue(AgeBand.UNDER_18.under26());
    assertTrue(AgeBand.AGE_18_20.under26());
    assertTrue(AgeBand.AGE_21_25.under26());
    assertFalse(AgeBand.AGE_26_29.under26());
    assertFalse(AgeBand.AGE_40_PLUS.under26());
    assertFalse(AgeBand.UNKNOWN.under26());
  }
}
