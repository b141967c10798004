package nl.casustafel.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The user's language for this session: Dutch unless they choose English. We do not follow the
 * browser's language, because our users share workstations set up in many ways and the ZVH works in
 * Dutch.
 */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private Locale locale = DUTCH;

  public Locale getLocale() {
    return locale;
  }

  public String getTag() {
    return locale.getLanguage();
  }

  /**
   * Switches to the given language (anything but "en" means Dutch) and reloads the current page,
   * because a view keeps the locale it was built with.
   */
  public String choose(String tag) {
    locale = "en".equals(tag) ? Locale.ENGLISH : DUTCH;
    return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
  }
}
