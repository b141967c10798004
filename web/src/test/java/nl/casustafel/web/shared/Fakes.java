package nl.casustafel.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written stand-ins for the few servlet calls the filters make (no mocking library): a
 * response that records its headers, a request with a path, a user and a session that remembers its
 * id changes.
 */
final class Fakes {

  private Fakes() {}

  /** A response's headers by lower-case name, every value in order. */
  static final class Response {
    final Map<String, List<String>> headers = new LinkedHashMap<>();

    final HttpServletResponse proxy =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                Fakes.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (self, method, args) -> {
                  switch (method.getName()) {
                    case "setHeader" -> {
                      List<String> values = new ArrayList<>();
                      values.add((String) args[1]);
                      headers.put(((String) args[0]).toLowerCase(), values);
                    }
                    case "addHeader" ->
                        headers
                            .computeIfAbsent(
                                ((String) args[0]).toLowerCase(), k -> new ArrayList<>())
                            .add((String) args[1]);
                    case "hashCode" -> {
                      return System.identityHashCode(self);
                    }
                    case "equals" -> {
                      return self == args[0];
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                  }
                  return null;
                });

    List<String> all(String name) {
      return headers.getOrDefault(name.toLowerCase(), List.of());
    }

    String one(String name) {
      List<String> values = all(name);
      if (values.size() != 1) {
        throw new AssertionError(name + ": " + values);
      }
      return values.get(0);
    }
  }

  /** A session: attributes, an id that {@code changeSessionId} replaces, invalidation. */
  static final class Session {
    final Map<String, Object> attributes = new HashMap<>();
    String id;
    boolean invalid;

    Session(String id) {
      this.id = id;
    }

    final HttpSession proxy =
        (HttpSession)
            Proxy.newProxyInstance(
                Fakes.class.getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (self, method, args) -> {
                  if (invalid) {
                    throw new IllegalStateException("invalidated");
                  }
                  return switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getId" -> id;
                    case "invalidate" -> {
                      invalid = true;
                      yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                  };
                });
  }

  /** A request to {@code uri} (context root "/") by {@code user} (null: not signed in). */
  static final class Request {
    private String uri;
    private String user;
    Session session;
    int sessionsCreated;

    Request(String uri, String user, Session session) {
      this.uri = uri;
      this.user = user;
      this.session = session;
    }

    final HttpServletRequest proxy =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                Fakes.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (self, method, args) ->
                    switch (method.getName()) {
                      case "getRequestURI" -> uri;
                      case "getContextPath" -> "";
                      case "getUserPrincipal" -> user == null ? null : (Principal) () -> user;
                      case "getSession" -> session(args == null || (Boolean) args[0]);
                      case "changeSessionId" -> {
                        session.id = session.id + "-renewed";
                        yield session.id;
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });

    private HttpSession session(boolean create) {
      if (session != null && session.invalid) {
        session = null;
      }
      if (session == null && create) {
        session = new Session("new-" + ++sessionsCreated);
      }
      return session == null ? null : session.proxy;
    }
  }
}
