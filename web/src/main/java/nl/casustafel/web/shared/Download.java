package nl.casustafel.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Sends a file as the answer to a Faces action, as an attachment. Not OmniFaces' {@code
 * Faces.sendFile}: over HTTPS it sets {@code Cache-Control: public}, and a report must not be kept
 * by a browser or proxy. The response is not reset either, so the headers every answer carries
 * ({@code NoStoreFilter}, {@code SecurityHeadersFilter}) stay.
 */
public final class Download {

  private Download() {}

  /**
   * Writes the bytes with {@code Content-Disposition: attachment} and ends the Faces request.
   *
   * @param contentType e.g. {@code application/pdf}, {@code text/csv}
   * @param fileName a plain ASCII file name (no quotes), e.g. {@code inzage-ps-….pdf}
   * @throws IllegalArgumentException when the file name is not plain ASCII
   */
  public static void send(FacesContext context, byte[] body, String contentType, String fileName)
      throws IOException {
    if (!fileName.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("fileName must be plain ASCII: " + fileName);
    }
    ExternalContext external = context.getExternalContext();
    external.setResponseContentType(contentType);
    external.setResponseContentLength(body.length);
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    external.setResponseHeader("Cache-Control", "no-store");
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(body);
    }
    context.responseComplete();
  }
}
