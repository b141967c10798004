package nl.casustafel.web.shared;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.casustafel.shared.DatabaseOutage;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.util.Hacks;

/**
 * OmniFaces' {@link FullAjaxExceptionHandler} (an error during an ajax request shows the error page
 * of {@code web.xml}, not nothing), plus the page for a database that does not answer ({@link
 * DatabaseOutage}): {@value #PAGE}, "De database reageert niet; probeer het over een halve minuut
 * opnieuw."
 *
 * <p>For an ajax request OmniFaces renders it in place of the view (HTTP 200: the Faces ajax client
 * drops any other answer, and {@code session-guard.js} would reload). For a full request this
 * handler renders it itself, with HTTP 503 and {@code Retry-After} ({@link OutagePage}), in the
 * same request: no error dispatch, which would replay a form's POST on the error page.
 *
 * <p>Design notice: a failure after the response was committed (a page larger than the response
 * buffer, {@code jakarta.faces.FACELETS_BUFFER_SIZE} in web.xml, 256 KB, before the database was
 * first asked) cannot be replaced any more; the container's error page then follows the
 * half-written page.
 */
public class OutageExceptionHandler extends FullAjaxExceptionHandler {

  /** The page; also {@code web.xml}'s error page for HTTP 503. */
  static final String PAGE = "/database-unavailable.xhtml";

  private static final Logger LOG = Logger.getLogger(OutageExceptionHandler.class.getName());

  public OutageExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && !context.getPartialViewContext().isAjaxRequest()) {
      showOutageOfFullRequest(context);
    }
    super.handle();
  }

  @Override
  protected String findErrorPageLocation(FacesContext context, Throwable exception) {
    return DatabaseOutage.causedBy(exception)
        ? PAGE
        : super.findErrorPageLocation(context, exception);
  }

  private void showOutageOfFullRequest(FacesContext context) {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    if (!events.hasNext()) {
      return; // Nothing went wrong.
    }
    Throwable failure = events.next().getContext().getException();
    if (!DatabaseOutage.causedBy(failure) || context.getExternalContext().isResponseCommitted()) {
      return; // Not an outage, or too late to replace the page: the container's error page.
    }
    events.remove();
    while (events.hasNext()) {
      events.next(); // Later failures of the same request: the same outage, or its consequences.
      events.remove();
    }
    LOG.log(Level.WARNING, "The database does not answer: page " + PAGE + " shown", failure);
    try {
      render(context);
    } catch (IOException e) {
      throw new FacesException(e);
    }
  }

  /**
   * As OmniFaces renders an error page for ajax, but the whole page (status: the page's bean). Only
   * the body written so far is dropped: the headers stay (content type, {@code no-store} and the
   * other protective headers of the filters).
   */
  private static void render(FacesContext context) throws IOException {
    ((HttpServletResponse) context.getExternalContext().getResponse()).resetBuffer();
    Hacks.removeResourceDependencyState(context); // Scripts and styles of the page abandoned.
    ViewHandler views = context.getApplication().getViewHandler();
    UIViewRoot view = views.createView(context, PAGE);
    context.setViewRoot(view);
    ViewDeclarationLanguage vdl = views.getViewDeclarationLanguage(context, PAGE);
    vdl.buildView(context, view);
    context.getApplication().publishEvent(context, PreRenderViewEvent.class, view);
    vdl.renderView(context, view);
    context.responseComplete();
  }
}
