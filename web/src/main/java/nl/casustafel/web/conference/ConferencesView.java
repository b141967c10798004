package nl.casustafel.web.conference;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.casustafel.conference.ConferenceEntry;
import nl.casustafel.conference.Conferences;
import nl.casustafel.conference.Planning;
import nl.casustafel.conference.Venue;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.shared.ActiveTenant;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * Backs "Casusoverleggen": the tenant's calendar (PrimeFaces schedule, Europe/Amsterdam, loaded per
 * visible range), the list of the coming conferences, and for the ZVH manager and the case
 * directors the forms to plan one conference or a series.
 */
@Named
@ViewScoped
public class ConferencesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient Conferences conferences;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;
  @Inject private SeriesForm seriesForm;

  private ScheduleModel calendar;
  private List<Row> upcoming = List.of();
  private boolean mayPlan;
  private String title;
  private String start;
  private String end;
  private String place;
  private String videoLink;

  /** One conference in the list of coming conferences; EL reads its getters. */
  public record Row(long id, String title, String when, String venue, String status, long items) {
    static Row of(ConferenceEntry e) {
      return new Row(
          e.id(),
          e.title(),
          ConferenceTimes.span(e.start(), e.end()),
          ConferenceTimes.venue(e.venue()),
          Texts.get("conference.status." + e.status().name()),
          e.items());
    }

    public long getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }

    public String getWhen() {
      return when;
    }

    public String getVenue() {
      return venue;
    }

    public String getStatus() {
      return status;
    }

    public long getItems() {
      return items;
    }
  }

  @PostConstruct
  void init() {
    if (activeTenant.id().isEmpty()) {
      return;
    }
    try {
      Instant now = Instant.now();
      upcoming =
          conferences
              .between(user(), now.minusSeconds(86_400), now.plusSeconds(60L * 86_400))
              .stream()
              .map(Row::of)
              .toList();
      mayPlan = conferences.mayPlan(user());
      calendar = new Calendar();
    } catch (AccessRefused e) {
      upcoming = List.of();
    }
  }

  /** Plans one conference from the form (Amsterdam times). */
  public String plan() {
    try {
      Planning planning =
          new Planning(
              title,
              ConferenceTimes.instant("start", start),
              ConferenceTimes.instant("end", end),
              Venue.of(place, videoLink),
              Optional.empty(),
              Optional.empty());
      long id = conferences.plan(user(), planning).id();
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get("conference.planned"));
      return ConferenceTimes.keep("/conference.xhtml?id=" + id);
    } catch (IllegalArgumentException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, ConferenceTimes.explain(e));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
    return null;
  }

  /** The calendar, loaded per range the schedule shows. */
  private final class Calendar extends LazyScheduleModel {
    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime from, LocalDateTime to) {
      Instant first = from.atZone(AmsterdamTime.ZONE).toInstant();
      Instant last = to.atZone(AmsterdamTime.ZONE).toInstant();
      for (ConferenceEntry e : conferences.between(user(), first, last)) {
        addEvent(
            DefaultScheduleEvent.builder()
                .id(String.valueOf(e.id()))
                .title(e.title() + " (" + e.items() + ")")
                .startDate(LocalDateTime.ofInstant(e.start(), AmsterdamTime.ZONE))
                .endDate(LocalDateTime.ofInstant(e.end(), AmsterdamTime.ZONE))
                .url("conference.xhtml?id=" + e.id())
                .styleClass("ct-conference-" + e.status().name().toLowerCase())
                .build());
      }
    }
  }

  public ScheduleModel getCalendar() {
    return calendar;
  }

  public List<Row> getUpcoming() {
    return upcoming;
  }

  public boolean isTenantActive() {
    return activeTenant.id().isPresent();
  }

  public boolean isMayPlan() {
    return mayPlan;
  }

  public SeriesForm getSeriesForm() {
    return seriesForm;
  }

  public String getToday() {
    return LocalDate.now(AmsterdamTime.ZONE).toString();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
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
