package nl.casustafel.web.casefile;

import nl.casustafel.casefile.BreakGlass;
import nl.casustafel.casefile.CaseInformation;
import nl.casustafel.shared.RequiredText;

/**
 * The required text fields of the case screens: each with the domain's rule (so the form refuses
 * exactly what the service refuses) and the screen's message for it.
 */
enum TextField {
  BREAK_GLASS_REASON(BreakGlass.REASON, "breakGlass.reasonRequired"),
  CASE_INFORMATION(CaseInformation.TEXT, "case.badText");

  private final RequiredText rule;
  private final String messageKey;

  TextField(RequiredText rule, String messageKey) {
    this.rule = rule;
    this.messageKey = messageKey;
  }

  RequiredText rule() {
    return rule;
  }

  String messageKey() {
    return messageKey;
  }

  /** The rule in the user's language, with the domain's numbers filled in. */
  String message() {
    return Texts.get(messageKey, rule.minVisible(), rule.maxLength());
  }
}
