package nl.casustafel.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stand-ins for the two JDBC interfaces our mappers touch, for unit tests of the mapping only: a
 * statement that records what is bound by parameter index, and a row that answers by column name as
 * MariaDB Connector/J does for the types we use (what the driver itself does with them is tested
 * against its own codec in the devstack module and against MariaDB in the end-to-end tests).
 */
public final class Jdbc {

  private Jdbc() {}

  /** A statement whose setters put their value (null for setNull) into {@code bound}. */
  public static PreparedStatement recording(Map<Integer, Object> bound) {
    return fake(
        PreparedStatement.class,
        (proxy, method, args) -> {
          if (!method.getName().startsWith("set")) {
            throw new UnsupportedOperationException(method.getName());
          }
          bound.put((Integer) args[0], method.getName().equals("setNull") ? null : args[1]);
          return null;
        });
  }

  /**
   * A row with the given column values, by name or by the index findColumn gives; getObject(column,
   * type) casts, wasNull tells the last.
   */
  public static ResultSet row(Map<String, Object> columns) {
    Object[] last = new Object[1];
    List<String> names = new ArrayList<>(columns.keySet());
    return fake(
        ResultSet.class,
        (proxy, method, args) -> {
          if (method.getName().equals("wasNull")) {
            return last[0] == null;
          }
          if (method.getName().equals("findColumn")) {
            return names.indexOf((String) args[0]) + 1;
          }
          String column = args[0] instanceof Integer i ? names.get(i - 1) : (String) args[0];
          Object value = columns.get(column);
          last[0] = value;
          return switch (method.getName()) {
            case "getString", "getBytes" -> value;
            case "getLong" -> value == null ? 0L : value;
            case "getBoolean" -> value != null && (Boolean) value;
            case "getObject" -> ((Class<?>) args[1]).cast(value);
            default -> throw new UnsupportedOperationException(method.getName());
          };
        });
  }

  /** A stand-in for the interface that answers every call with {@code answer}. */
  public static <T> T fake(Class<T> type, InvocationHandler answer) {
    return type.cast(
        Proxy.newProxyInstance(Jdbc.class.getClassLoader(), new Class<?>[] {type}, answer));
  }
}
