package nl.casustafel.web.crisis;

import java.io.Serializable;
import java.time.Instant;
import nl.casustafel.crisis.OnCallShift;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.Texts;

/** A shift of the on-call rota as the page shows it, times in Amsterdam (dd-mm-yyyy HH:mm). */
public record ShiftRow(
    String duty, String person, String phone, String from, String until, boolean now)
    implements Serializable {

  static ShiftRow of(OnCallShift s, Instant now) {
    return new ShiftRow(
        Texts.get("crisis.duty." + s.duty()),
        s.person(),
        s.phone(),
        AmsterdamTime.DATE_TIME.format(s.startsAt().atZone(AmsterdamTime.ZONE)),
        AmsterdamTime.DATE_TIME.format(s.endsAt().atZone(AmsterdamTime.ZONE)),
        s.covers(now));
  }

  public String getDuty() {
    return duty;
  }

  public String getPerson() {
    return person;
  }

  public String getPhone() {
    return phone;
  }

  public String getFrom() {
    return from;
  }

  public String getUntil() {
    return until;
  }

  public boolean isNow() {
    return now;
  }
}
