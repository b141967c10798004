package nl.casustafel.web;

import java.util.Map;

/**
 * A page of the form fuzz ({@link FormFuzzIT#PAGES}).
 *
 * @param path the page with its query, e.g. {@code /case.xhtml?id=3}
 * @param account a demo account that may use the page's forms
 * @param fills valid values by field name for the other fields of a form whose one field is bad
 *     (required fields), so that the bad field alone stands between the post and a save
 */
record FormPage(String path, String account, Map<String, String> fills) {

  @Override
  public String toString() {
    return path + " as " + account;
  }
}
