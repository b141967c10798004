package nl.casustafel.web;

import java.util.Map;
import java.util.Set;

/**
 * A page of the form fuzz ({@link FormFuzzIT#PAGES}).
 *
 * @param path the page with its query, e.g. {@code /case.xhtml?id=3}
 * @param account a demo account that may use the page's forms
 * @param fills valid values by field name for the other fields of a form whose one field is bad
 *     (required fields), so that the bad field alone stands between the post and a save
 * @param skipped ids of forms not to fuzz (each named with why in {@link FormFuzzIT})
 */
record FormPage(String path, String account, Map<String, String> fills, Set<String> skipped) {

  FormPage(String path, String account, Map<String, String> fills) {
    this(path, account, fills, Set.of());
  }

  @Override
  public String toString() {
    return path + " as " + account;
  }
}
