package nl.casustafel.it;

import java.net.URI;

/** Where the running test stack is, as the build tells the tests. */
public final class Stack {

  private Stack() {}

  public static URI baseUrl() {
    return URI.create(System.getProperty("casustafel.it.base-url", "http://localhost:9080"));
  }

  public static URI url(String path) {
    return baseUrl().resolve(path);
  }
}
