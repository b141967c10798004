package nl.casustafel.web.conference;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import nl.casustafel.conference.Conferences;
import nl.casustafel.conference.Recurrence;
import nl.casustafel.conference.Venue;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;

/** The form "Nieuwe reeks": a recurring conference on the Amsterdam clock, planned a year ahead. */
@Named
@ViewScoped
public class SeriesForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient Conferences conferences;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;

  private String title = "Casusoverleg Mensenhandel";
  private DayOfWeek weekday = DayOfWeek.TUESDAY;
  private String start = "10:00";
  private String end = "12:00";
  private int intervalWeeks = 2;
  private String firstDay;
  private String lastDay;
  private String place;
  private String videoLink;

  /** Starts the series; the calendar then shows its conferences. */
  public String startSeries() {
    try {
      LocalTime from = time("start", start);
      LocalTime to = time("end", end);
      if (!to.isAfter(from)) {
        throw new IllegalArgumentException("end must lie after start.");
      }
      Recurrence rule =
          new Recurrence(
              weekday,
              from,
              Duration.between(from, to),
              intervalWeeks,
              ConferenceTimes.day("firstDay", firstDay),
              Optional.ofNullable(lastDay)
                  .filter(d -> !d.isBlank())
                  .map(d -> ConferenceTimes.day("lastDay", d)));
      conferences.startSeries(user(), title, rule, Venue.of(place, videoLink));
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get("conference.seriesStarted"));
      return ConferenceTimes.keep("/conferences.xhtml");
    } catch (IllegalArgumentException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, ConferenceTimes.explain(e));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
    return null;
  }

  private static LocalTime time(String field, String value) {
    try {
      return LocalTime.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be a time of day.");
    }
  }

  public DayOfWeek[] getWeekdays() {
    return DayOfWeek.values();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public DayOfWeek getWeekday() {
    return weekday;
  }

  public void setWeekday(DayOfWeek weekday) {
    this.weekday = weekday;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public int getIntervalWeeks() {
    return intervalWeeks;
  }

  public void setIntervalWeeks(int intervalWeeks) {
    this.intervalWeeks = intervalWeeks;
  }

  public String getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(String firstDay) {
    this.firstDay = firstDay;
  }

  public String getLastDay() {
    return lastDay;
  }

  public void setLastDay(String lastDay) {
    this.lastDay = lastDay;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getVideoLink() {
    return videoLink;
  }

  public void setVideoLink(String videoLink) {
    this.videoLink = videoLink;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
