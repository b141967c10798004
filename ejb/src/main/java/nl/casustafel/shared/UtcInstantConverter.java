package nl.casustafel.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Stores an {@link Instant} in a DATETIME(6) column as its UTC wall-clock time ({@link
 * UtcColumns}). Liberty's EclipseLink 4.0 would otherwise serialise an Instant to bytes.
 *
 * <p>Design notice: EclipseLink 4.0 itself would bind a LocalDateTime as {@code Timestamp} made in
 * the JVM's zone and read DATETIME through {@code getTimestamp(..)}, both in the JVM's zone; {@link
 * UtcMariaDBPlatform} binds and reads it as such (JpaDaylightSavingIT).
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
