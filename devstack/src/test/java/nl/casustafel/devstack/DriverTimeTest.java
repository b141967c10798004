package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.UtcColumns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mariadb.jdbc.Configuration;
import org.mariadb.jdbc.client.ColumnDecoder;
import org.mariadb.jdbc.client.Context;
import org.mariadb.jdbc.client.DataType;
import org.mariadb.jdbc.client.ReadableByteBuf;
import org.mariadb.jdbc.client.socket.Writer;
import org.mariadb.jdbc.client.util.MutableByte;
import org.mariadb.jdbc.client.util.MutableInt;
import org.mariadb.jdbc.plugin.codec.LocalDateTimeCodec;

/**
 * What {@link UtcColumns} relies on, asked of the MariaDB Connector/J this build ships (its
 * LocalDateTime codec, no server needed): on a JVM in Europe/Amsterdam, with the options of our
 * JDBC URLs, a LocalDateTime goes out as the same wall-clock text and DATETIME text comes back as
 * the same LocalDateTime — also 02:30 on 29 March 2026, a time Amsterdam skips. A driver upgrade
 * that starts converting through the JVM's zone fails here.
 */
class DriverTimeTest {

  /** The options Liberty's data source adds (liberty-config fragments/datasource.xml). */
  private static final String URL =
      "jdbc:mariadb://127.0.0.1:3307/casustafel?connectTimeout=10000&socketTimeout=60000";

  private static TimeZone before;

  @BeforeAll
  static void inAmsterdam() {
    before = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(AmsterdamTime.ZONE));
  }

  @AfterAll
  static void restore() {
    TimeZone.setDefault(before);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-29T02:30:00.123456Z, 2026-03-29 02:30:00.123456",
    "2026-10-25T00:30:00Z, 2026-10-25 00:30:00",
    "2026-10-25T01:30:00Z, 2026-10-25 01:30:00"
  })
  void theDriverWritesAndReadsTheUtcWallClockTimeUnchanged(String instant, String text)
      throws Exception {
    LocalDateTime column = UtcColumns.toColumn(Instant.parse(instant));
    Writer out = new Writer(null, 1024, null, new MutableByte(), new MutableByte());
    LocalDateTimeCodec.INSTANCE.encodeText(out, context(), column, null, null);
    // The writer's buffer starts after the 4-byte packet header.
    assertEquals(
        "'" + text + "'", new String(out.buf(), 4, out.pos() - 4, StandardCharsets.US_ASCII));

    byte[] stored = text.getBytes(StandardCharsets.US_ASCII);
    LocalDateTime read =
        LocalDateTimeCodec.INSTANCE.decodeText(
            new ReadableByteBuf(stored),
            new MutableInt(stored.length),
            datetimeColumn(),
            null,
            context());
    assertEquals(Instant.parse(instant), UtcColumns.toInstant(read));
  }

  private static Context context() throws Exception {
    Configuration conf = Configuration.parse(URL);
    return (Context)
        Proxy.newProxyInstance(
            DriverTimeTest.class.getClassLoader(),
            new Class<?>[] {Context.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getConf" -> conf;
                  case "getConnectionTimeZone" -> TimeZone.getDefault();
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static ColumnDecoder datetimeColumn() {
    return (ColumnDecoder)
        Proxy.newProxyInstance(
            DriverTimeTest.class.getClassLoader(),
            new Class<?>[] {ColumnDecoder.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getType")) {
                return DataType.DATETIME;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
