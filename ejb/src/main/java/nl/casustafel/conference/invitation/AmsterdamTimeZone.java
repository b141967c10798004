package nl.casustafel.conference.invitation;

import java.util.List;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.XProperty;
import nl.casustafel.shared.AmsterdamTime;

/**
 * The VTIMEZONE of Europe/Amsterdam that every calendar message carries, from the time zone data
 * bundled in ical4j (read offline: {@code ical4j.properties} switches its updates from tzurl.org
 * off).
 *
 * <p>Design notice: since tzdata 2022b Europe/Amsterdam is an alias of Europe/Brussels (same rules
 * since 1970), so ical4j's registry answers with a VTIMEZONE named Europe/Brussels. A DTSTART with
 * {@code TZID=Europe/Amsterdam} must find a VTIMEZONE of that name (RFC 5545 §3.2.19), so the
 * component is renamed, and cut down to the rules in force (the observances without an end): the
 * full history back to 1880 is a hundred lines no calendar needs for a meeting next month.
 */
final class AmsterdamTimeZone {

  /** The TZID written in DTSTART/DTEND and in the VTIMEZONE. */
  static final String TZID = AmsterdamTime.ZONE.getId();

  private static final VTimeZone COMPONENT = build();

  private AmsterdamTimeZone() {}

  /** A fresh copy of the component (ical4j components are mutable). */
  static VTimeZone component() {
    return COMPONENT.copy();
  }

  private static VTimeZone build() {
    VTimeZone bundled =
        TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(TZID).getVTimeZone();
    List<Observance> current =
        bundled.getObservances().stream().filter(AmsterdamTimeZone::inForce).toList();
    if (current.size() != 2) {
      throw new IllegalStateException("expected summer and winter rules, got " + current);
    }
    List<Property> properties = new java.util.ArrayList<>();
    properties.add(new TzId(TZID));
    bundled.getProperty(Property.LAST_MODIFIED).ifPresent(properties::add);
    properties.add(new XProperty("X-LIC-LOCATION", TZID));
    return new VTimeZone(new PropertyList(properties), new ComponentList<>(current));
  }

  /** A yearly rule without UNTIL: the rule of today and the coming years. */
  private static boolean inForce(Observance observance) {
    return observance
        .getProperty(Property.RRULE)
        .map(rule -> !rule.getValue().contains("UNTIL="))
        .orElse(false);
  }
}
