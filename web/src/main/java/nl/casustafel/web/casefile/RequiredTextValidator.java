package nl.casustafel.web.casefile;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Refuses a required text on a form by the domain's own rule ({@link
 * nl.casustafel.shared.RequiredText}): enough visible characters, so blanks, non-breaking spaces or
 * zero-width characters are no reason. The page and the API thus refuse the same input; the page
 * says so in the user's language.
 *
 * <p>Usage: name the field of {@link TextField} in an attribute of the input.
 *
 * <pre>{@code
 * <p:inputTextarea id="reason" value="#{caseFileView.breakGlassReason}">
 *   <f:validator validatorId="casustafel.requiredText"/>
 *   <f:attribute name="textField" value="BREAK_GLASS_REASON"/>
 * </p:inputTextarea>
 * }</pre>
 *
 * <p>Design notice: an empty field is refused here too, not by {@code required="true"}, because
 * web.xml sets {@code jakarta.faces.VALIDATE_EMPTY_FIELDS}; one message then covers every case.
 */
@FacesValidator("casustafel.requiredText")
public class RequiredTextValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    TextField field = TextField.valueOf((String) component.getAttributes().get("textField"));
    try {
      field.rule().check(value == null ? null : value.toString());
    } catch (IllegalArgumentException e) {
      throw new ValidatorException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(), null));
    }
  }
}
