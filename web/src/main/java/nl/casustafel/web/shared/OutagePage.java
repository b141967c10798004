package nl.casustafel.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import nl.casustafel.shared.DatabaseOutage;

/**
 * The HTTP answer of the page for a database that does not answer ({@code
 * database-unavailable.xhtml}), which itself asks nothing of the database.
 */
@Named
@RequestScoped
public class OutagePage {

  /**
   * Before the page renders: {@code Retry-After} always; HTTP 503 for a full request, while an ajax
   * answer stays 200 because the Faces ajax client shows nothing of any other status.
   */
  public void respond() {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    external.setResponseHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    if (!context.getPartialViewContext().isAjaxRequest()) {
      external.setResponseStatus(503);
    }
  }
}
