package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's own protocol: PKCE's S256 challenge (RFC 7636, 4.2), the callback's query, and how
 * it sends a file and reads the report (against a loopback stand-in of the import endpoint; the
 * real endpoint is GcosImportIT's).
 */
class GcosImportCommandTest {

  @Test
  void theChallengeIsTheUnpaddedBase64UrlOfTheVerifiersSha256() {
    // SHA-256("abc") is FIPS 180-2's example ba7816bf…f20015ad.
    assertEquals("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0", CliSignIn.challenge("abc"));
    assertEquals("a b", CliSignIn.query("code=a+b&state=x").get("code"));
  }

  @Test
  void theFileGoesAsItIsWithTheTokenAndTheReportIsPrinted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gcos.csv");
    Files.write(file, new byte[] {'Z', 'o', (byte) 0xEB}); // Windows-1252 stays Windows-1252
    AtomicReference<byte[]> received = new AtomicReference<>();
    AtomicReference<String> auth = new AtomicReference<>();
    HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    api.createContext(
        "/api/v1/tenants/zvh-gv/imports/gcos",
        exchange -> {
          received.set(exchange.getRequestBody().readAllBytes());
          auth.set(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body =
              ("{\"totals\":{\"lines\":1,\"newClients\":0,\"newCases\":0,\"newMeetings\":0,"
                      + "\"alreadyPresent\":0,\"rejected\":1},\"committable\":false,"
                      + "\"lines\":[{\"text\":\"Regel 2: afgekeurd. Ongeldige datum.\"}]}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    api.start();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      URI app = URI.create("http://127.0.0.1:" + api.getAddress().getPort());
      int exit =
          GcosImportCommand.send(
              app, "zvh-gv", file, false, "t0k3n", new PrintStream(printed, true, "UTF-8"));
      assertEquals(1, exit, "a file with a rejected line is not importable");
    } finally {
      api.stop(0);
    }
    assertEquals("Bearer t0k3n", auth.get());
    assertEquals(3, received.get().length);
    String out = printed.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Regel 2: afgekeurd. Ongeldige datum."), out);
    assertTrue(out.contains("geweigerd 1"), out);
  }
}
