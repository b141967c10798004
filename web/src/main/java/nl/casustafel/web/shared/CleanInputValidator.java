package nl.casustafel.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Optional;
import nl.casustafel.api.Params;
import nl.casustafel.web.casefile.Texts;

/**
 * Every text typed into any form (a default validator: {@code isDefault}): no control characters
 * and no unpaired surrogates — the API's rule ({@link Params#isCleanText}, tab and line breaks
 * allowed) — and no more code points than the field's {@code maxlength}. A browser keeps to both; a
 * forged or replayed post does not, and without this check an optional field (an address, an
 * outcome, a filter) kept such text or went on to the database, which refuses an overlong value
 * with an error page (issue #12, FormFuzzIT). Values that are no text (dates, enums, files) are
 * checked by their converters.
 */
@FacesValidator(value = CleanInputValidator.ID, isDefault = true)
public class CleanInputValidator implements Validator<Object> {

  /** The id under which faces-config.xml lists it as a default validator. */
  public static final String ID = "casustafel.cleanInput";

  static final String CONTROL = "input.control";
  static final String TOO_LONG = "input.tooLong";

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (value instanceof String text) {
      Optional<String> problem = problem(text, component.getAttributes().get("maxlength"));
      if (problem.isPresent()) {
        String message =
            problem.get().equals(CONTROL)
                ? Texts.get(CONTROL)
                : Texts.get(TOO_LONG, component.getAttributes().get("maxlength"));
        throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
      }
    }
  }

  /**
   * The message key of what is wrong with a submitted text, or empty.
   *
   * @param maxlength the component's {@code maxlength} attribute: a positive number limits the text
   *     in code points (a browser counts UTF-16 units, so it never sends more); anything else
   *     (unset is {@code Integer.MIN_VALUE} in Faces and PrimeFaces) leaves the length alone
   */
  static Optional<String> problem(String text, Object maxlength) {
    if (!Params.isCleanText(text)) {
      return Optional.of(CONTROL);
    }
    if (maxlength instanceof Number max
        && max.intValue() > 0
        && text.codePointCount(0, text.length()) > max.intValue()) {
      return Optional.of(TOO_LONG);
    }
    return Optional.empty();
  }
}
