package nl.casustafel.conference;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.conference.print.AgendaPdf;
import nl.casustafel.conference.print.MinutesItem;
import nl.casustafel.conference.print.MinutesPdf;
import nl.casustafel.conference.print.PrintedAgenda;
import nl.casustafel.conference.print.PrintedAgreement;
import nl.casustafel.conference.print.PrintedAttendance;
import nl.casustafel.conference.print.PrintedItem;
import nl.casustafel.conference.print.PrintedMinutes;
import nl.casustafel.conference.print.PrintedParagraph;
import nl.casustafel.conference.print.VisibleCase;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerDirectory;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.TenantDirectory;

/**
 * The printed agenda and minutes of a conference, for the reader's organisation: exactly what the
 * conference page shows it (items of other organisations' cases as "Casus (niet voor uw
 * organisatie)"), each case logged as PRINT (NEN 7513: printing is its own event type).
 */
@Stateless
@TenantScoped
public class ConferencePrints {

  @EJB private Meetings meetings;
  @EJB private PartnerDirectory partners;
  @EJB private TenantDirectory tenants;
  @Inject private TenantContext tenant;
  @Inject private Clock clock;

  /** The agenda as a PDF for the user's organisation. */
  public byte[] agenda(CurrentUser user, long conferenceId) {
    ConferenceView v = meetings.view(user, conferenceId, AuditAction.PRINT);
    Conference c = v.conference();
    return AgendaPdf.render(
        new PrintedAgenda(
            tenantName(),
            c.title(),
            c.start(),
            c.end(),
            c.venue().place(),
            reader(user),
            now(),
            v.items().stream().map(ConferencePrints::item).toList()));
  }

  /** The minutes (as far as written) as a PDF for the user's organisation. */
  public byte[] minutes(CurrentUser user, long conferenceId) {
    ConferenceView v = meetings.view(user, conferenceId, AuditAction.PRINT);
    Conference c = v.conference();
    List<PrintedAgreement> agreements =
        v.items().stream()
            .flatMap(i -> i.visible().stream())
            .filter(CaseRecord.Pact.class::isInstance)
            .map(CaseRecord.Pact.class::cast)
            .map(a -> new PrintedAgreement(a.what(), name(a.owner()), a.dueOn(), a.status().name()))
            .toList();
    return MinutesPdf.render(
        new PrintedMinutes(
            tenantName(),
            c.title(),
            c.start(),
            c.end(),
            c.venue().place(),
            reader(user),
            now(),
            v.items().stream().map(ConferencePrints::minutesItem).toList(),
            agreements,
            v.attendance().stream()
                .map(a -> new PrintedAttendance(name(a.partner()), a.person(), a.presence().name()))
                .toList()));
  }

  private static PrintedItem item(ItemView i) {
    return new PrintedItem(
        i.position(),
        i.plannedStart(),
        i.timebox(),
        i.shown()
            .map(
                s -> new VisibleCase(s.reference(), Optional.ofNullable(s.client().orElse(null)))));
  }

  private static MinutesItem minutesItem(ItemView i) {
    if (i.shown().isEmpty()) {
      return new MinutesItem(item(i), List.of(), 0);
    }
    List<PrintedParagraph> paragraphs =
        i.visible().stream()
            .filter(CaseRecord.Paragraph.class::isInstance)
            .map(CaseRecord.Paragraph.class::cast)
            .map(p -> new PrintedParagraph(p.category().name(), p.text()))
            .toList();
    return new MinutesItem(item(i), paragraphs, (int) i.withheld());
  }

  private String reader(CurrentUser user) {
    return user.partner().map(this::name).orElse(user.username());
  }

  private String name(PartnerId id) {
    return partners.find(id).map(Partner::getName).orElse(id.value());
  }

  private String tenantName() {
    return tenants.nameOf(tenant.current().orElseThrow());
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
