package nl.casustafel.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Named;

/**
 * The page {@link SignInGateway} shows while Keycloak does not answer: HTTP 503 with a {@code
 * Retry-After} of {@link #RETRY_AFTER_SECONDS} (60 s), set before the page renders, so a monitor or
 * proxy sees that sign-in is unavailable and not an error page of ours.
 */
@Named
@RequestScoped
public class SignInUnavailable {

  static final int RETRY_AFTER_SECONDS = 60;

  /** The page's preRenderView listener. */
  public void respond(ComponentSystemEvent event) {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    context.setResponseStatus(503);
    context.setResponseHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
  }
}
