package nl.casustafel.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The address of the page being rendered with its view parameters ({@code /case.xhtml?id=3}),
 * rendered in the layout for {@code session-guard.js}: after a form post the browser's address is
 * the form's action ({@code /case.xhtml}, without the case), and reloading it would post again. The
 * script returns to this address instead, and keys the typing it keeps by it.
 */
@Named
@RequestScoped
public class PageAddress {

  /**
   * The bookmarkable URL of the current view, context path included. Without a view, the request's
   * path; when the view parameters cannot be written, the view's path without them: a page (an
   * error page too) must render even then.
   */
  public String getUrl() {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    UIViewRoot view = context.getViewRoot();
    if (view == null) {
      return external.getRequestContextPath() + external.getRequestServletPath();
    }
    // A mutable map: a view handler may add the view parameters to the one it is given.
    Map<String, List<String>> parameters = new HashMap<>();
    try {
      return context
          .getApplication()
          .getViewHandler()
          .getBookmarkableURL(context, view.getViewId(), parameters, true);
    } catch (RuntimeException e) {
      return external.getRequestContextPath() + view.getViewId();
    }
  }
}
