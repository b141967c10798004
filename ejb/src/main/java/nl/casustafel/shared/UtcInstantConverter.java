package nl.casustafel.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Stores an {@link Instant} in a DATETIME(6) column as its UTC wall-clock time ({@link
 * UtcColumns}). Liberty's EclipseLink 4.0 would otherwise serialise an Instant to bytes.
 *
 * <p>Design notice: EclipseLink 4.0 itself binds a LocalDateTime as {@code Timestamp.valueOf(..)}
 * and reads DATETIME through {@code getTimestamp(..)}, both in the JVM's zone: an instant whose UTC
 * wall-clock time falls in Amsterdam's spring-forward hour (UTC 02:00–03:00 on the last Sunday of
 * March) moves by an hour through JPA. The data-sharing log does not use JPA; see README, Known
 * issues.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return UtcColumns.toColumn(instant);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime column) {
    return UtcColumns.toInstant(column);
  }
}
