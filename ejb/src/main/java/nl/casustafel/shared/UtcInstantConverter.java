package nl.casustafel.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores an {@link Instant} in a DATETIME(6) column as its UTC wall-clock time. Liberty's
 * EclipseLink 4.0 would otherwise serialise an Instant to bytes; going through LocalDateTime keeps
 * the value independent of the server's time zone.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime column) {
    return column == null ? null : column.toInstant(ZoneOffset.UTC);
  }
}
