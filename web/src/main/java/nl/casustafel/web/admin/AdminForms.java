package nl.casustafel.web.admin;

import jakarta.faces.application.FacesMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import nl.casustafel.identity.provisioning.ProvisioningFailed;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;

/**
 * How the set-up forms (regions, partners, people, covenant versions) answer: a clear message per
 * broken rule, by the field its message names, and nothing stored for a refused form.
 */
final class AdminForms {

  private AdminForms() {}

  /** Runs the change; reports success, or why not, as a Faces message. True when it was done. */
  static boolean attempt(Runnable change, String doneKey, String... fields) {
    try {
      change.run();
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get(doneKey));
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, explain(e, fields));
    } catch (IllegalStateException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("admin.conflict"));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    } catch (ProvisioningFailed e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("admin.keycloakFailed"));
    }
    return false;
  }

  /**
   * The message of the first field the rule names ({@code admin.invalid.<field>}), or a general
   * one.
   */
  static String explain(RuntimeException e, String... fields) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    // Whole words: "id" must not match "identityProvider".
    List<String> named =
        Arrays.stream(fields)
            .filter(f -> Pattern.compile("\\b" + Pattern.quote(f) + "\\b").matcher(message).find())
            .toList();
    try {
      return named.isEmpty()
          ? Texts.get("admin.invalid")
          : Texts.get("admin.invalid." + named.get(0));
    } catch (java.util.MissingResourceException missing) {
      return Texts.get("admin.invalid"); // A field without its own text still gets a clear one.
    }
  }
}
