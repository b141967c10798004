package nl.casustafel.conference.invitation;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The e-mails about a conference to one invited organisation: invitation, moved, cancelled, minutes
 * ready. Dutch by default, English on request.
 *
 * <p>Usage: {@code MailText mail = ConferenceMail.DUTCH.invitation(facts);} with one {@link
 * MailFacts} per recipient organisation (its own agenda count), and the calendar message of {@link
 * ConferenceCalendar} attached.
 *
 * <p>Design notice: the only inputs are {@link MailFacts} and, for a move, the former times. Mail
 * travels outside our control, so it carries no client name, BSN, case reference or case text: the
 * recipient logs in through the link to see which cases are on the agenda. Times are
 * Europe/Amsterdam ({@link MeetingTime}).
 */
public final class ConferenceMail {

  /** Dutch texts, the default. */
  public static final ConferenceMail DUTCH = new ConferenceMail(InvitationText.DUTCH);

  /** English texts. */
  public static final ConferenceMail ENGLISH = new ConferenceMail(Locale.ENGLISH);

  private final InvitationText text;

  private ConferenceMail(Locale locale) {
    this.text = InvitationText.in(locale);
  }

  /** English for a language tag starting with "en", Dutch for any other (or none). */
  public static ConferenceMail forLanguage(String languageTag) {
    boolean english =
        languageTag != null && Locale.forLanguageTag(languageTag).getLanguage().equals("en");
    return english ? ENGLISH : DUTCH;
  }

  /** A new conference: when, where, how many agenda items, the link. */
  public MailText invitation(MailFacts facts) {
    return mail("invitation", facts, true, text.text("invitation.intro", facts.title()));
  }

  /**
   * A conference at a new time (or place): the new details and the former time.
   *
   * @param formerStart the start before the move (UTC)
   * @param formerEnd the end before the move
   */
  public MailText moved(MailFacts facts, Instant formerStart, Instant formerEnd) {
    String former = MeetingTime.span(formerStart, formerEnd, text.locale());
    return mail("moved", facts, true, text.text("moved.intro", facts.title(), former));
  }

  /** A conference that will not take place. */
  public MailText cancelled(MailFacts facts) {
    return mail(
        "cancelled", facts, false, text.text("cancelled.intro", facts.title(), when(facts)));
  }

  /** The minutes of a conference can be read. */
  public MailText minutesReady(MailFacts facts) {
    return mail("minutes", facts, false, text.text("minutes.intro", facts.title(), when(facts)));
  }

  /**
   * The mail of a kind: greeting, intro, (when and where), the count of agenda items where the kind
   * has one, the link, the closing line.
   */
  private MailText mail(String kind, MailFacts facts, boolean details, String intro) {
    List<String> lines = new ArrayList<>();
    lines.add(text.text("greeting", facts.organisation()));
    lines.add("");
    lines.add(intro);
    if (details) {
      lines.add("");
      lines.addAll(details(facts));
    }
    lines.add("");
    if (!kind.equals("cancelled")) {
      lines.add(text.text(kind + ".items", facts.agendaItems()));
    }
    lines.add(text.text(kind + ".link"));
    lines.add(facts.link().toString());
    lines.add("");
    lines.add(text.text("closing"));
    String subject = text.text(kind + ".subject", facts.title(), when(facts));
    return new MailText(subject, String.join("\n", lines));
  }

  private List<String> details(MailFacts facts) {
    List<String> lines = new ArrayList<>();
    lines.add(text.text("when", when(facts)));
    facts.place().ifPresent(place -> lines.add(text.text("where", place)));
    facts.videoLink().map(URI::toString).ifPresent(video -> lines.add(text.text("video", video)));
    return lines;
  }

  private String when(MailFacts facts) {
    return MeetingTime.span(facts.start(), facts.end(), text.locale());
  }
}
