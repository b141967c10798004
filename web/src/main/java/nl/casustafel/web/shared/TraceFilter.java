package nl.casustafel.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.casustafel.audit.RequestTrace;

/**
 * Every request joins the caller's W3C trace ({@code traceparent}) or starts one, and passes it on
 * in the response; the data-sharing log records the trace id and the peer address.
 */
@WebFilter(urlPatterns = "/*")
public class TraceFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private RequestTrace trace;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    trace.enter(request.getHeader("traceparent"), request.getRemoteAddr());
    response.setHeader("traceparent", trace.traceparent());
    chain.doFilter(request, response);
  }
}
