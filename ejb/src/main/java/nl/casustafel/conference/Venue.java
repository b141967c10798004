package nl.casustafel.conference;

import java.net.URI;
import java.util.Optional;
import nl.casustafel.shared.RequiredText;

/**
 * Where a conference takes place: a room, a video link (https only), or both; never neither.
 *
 * @throws IllegalArgumentException when both are missing, the place is too long or the link is not
 *     an absolute https URL of at most 500 characters
 */
public record Venue(Optional<String> place, Optional<URI> videoLink) {

  private static final RequiredText PLACE = new RequiredText("place", 2, 200);

  public Venue {
    place = place.filter(p -> !p.isBlank()).map(PLACE::check);
    if (place.isEmpty() && videoLink.isEmpty()) {
      throw new IllegalArgumentException("place or videoLink is required.");
    }
    videoLink.ifPresent(Venue::checkLink);
  }

  /** From the columns or a form: blank counts as absent. */
  public static Venue of(String place, String videoLink) {
    return new Venue(
        Optional.ofNullable(place).filter(p -> !p.isBlank()),
        Optional.ofNullable(videoLink).filter(l -> !l.isBlank()).map(Venue::link));
  }

  private static URI link(String text) {
    try {
      return new URI(text.strip());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("videoLink must be an https URL.");
    }
  }

  private static void checkLink(URI link) {
    if (!"https".equalsIgnoreCase(link.getScheme())
        || link.getHost() == null
        || link.toString().length() > 500) {
      throw new IllegalArgumentException(
          "videoLink must be an https URL of at most 500 characters.");
    }
  }
}
