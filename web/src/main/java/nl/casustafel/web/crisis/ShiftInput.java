package nl.casustafel.web.crisis;

import java.io.Serializable;
import java.time.LocalDateTime;
import nl.casustafel.crisis.Duty;

/** The shift form's fields; times are Amsterdam wall-clock times. */
public class ShiftInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private Duty duty = Duty.CARE_COORDINATOR;
  private String person;
  private String phone;
  private LocalDateTime starts;
  private LocalDateTime ends;

  void clear() {
    person = null;
    phone = null;
    starts = null;
    ends = null;
  }

  public Duty getDuty() {
    return duty;
  }

  public void setDuty(Duty duty) {
    this.duty = duty;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public LocalDateTime getStarts() {
    return starts;
  }

  public void setStarts(LocalDateTime starts) {
    this.starts = starts;
  }

  public LocalDateTime getEnds() {
    return ends;
  }

  public void setEnds(LocalDateTime ends) {
    this.ends = ends;
  }
}
