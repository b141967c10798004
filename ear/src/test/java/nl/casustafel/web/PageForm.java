package nl.casustafel.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code <form>} of a rendered page, as a browser would submit it: its hidden fields (the
 * ViewState, MyFaces' {@code <id>_SUBMIT}), the current values of its text fields and selects, its
 * ticked boxes, and its submit buttons by name. Read with regular expressions from the HTML that
 * Faces renders (well-formed, attributes in double quotes, no nested forms).
 *
 * @param id the form's id (its fields are named {@code id:…})
 * @param action the form's action, unescaped (a path on our server)
 * @param multipart true for {@code enctype="multipart/form-data"} (a file upload)
 * @param values every field a browser sends, with its current value, in page order
 * @param texts the names of the text fields and text areas among them
 * @param selects the names of the single selects among them
 * @param buttons the names of the submit buttons
 */
record PageForm(
    String id,
    String action,
    boolean multipart,
    Map<String, String> values,
    List<String> texts,
    List<String> selects,
    List<String> buttons) {

  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern CONTROL =
      Pattern.compile(
          "<(?:input|button)\\b[^>]*>|<textarea\\b([^>]*)>(.*?)</textarea>"
              + "|<select\\b([^>]*)>(.*?)</select>",
          Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*>");
  private static final Pattern TEXT_TYPES =
      Pattern.compile("text|date|email|tel|search|number|url|password");

  /** Every form of the page, in page order. */
  static List<PageForm> all(String html) {
    List<PageForm> forms = new ArrayList<>();
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      forms.add(parse(form.group(1), form.group(2)));
    }
    return forms;
  }

  private static PageForm parse(String attributes, String body) {
    PageForm form =
        new PageForm(
            attribute(attributes, "id"),
            attribute(attributes, "action"),
            "multipart/form-data".equals(attribute(attributes, "enctype")),
            new LinkedHashMap<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    Matcher control = CONTROL.matcher(body);
    while (control.find()) {
      if (control.group(1) != null) {
        form.textArea(control.group(1), control.group(2));
      } else if (control.group(3) != null) {
        form.select(control.group(3), control.group(4));
      } else {
        form.input(control.group());
      }
    }
    return form;
  }

  private void input(String tag) {
    String name = attribute(tag, "name");
    String type = attribute(tag, "type");
    // A button without a type submits; an input without one is a text field.
    type =
        type != null
            ? type.toLowerCase(Locale.ROOT)
            : tag.startsWith("<button") ? "submit" : "text";
    if (name == null || has(tag, "disabled")) {
      return;
    }
    if (tag.startsWith("<button") || type.equals("submit")) {
      if (type.equals("submit")) {
        buttons.add(name);
      }
    } else if (type.equals("hidden")) {
      values.put(name, orEmpty(attribute(tag, "value")));
    } else if (type.equals("checkbox") || type.equals("radio")) {
      if (has(tag, "checked")) {
        String value = attribute(tag, "value");
        values.put(name, value == null ? "on" : value); // what a browser sends for a bare box
      }
    } else if (TEXT_TYPES.matcher(type).matches()) {
      values.put(name, orEmpty(attribute(tag, "value")));
      if (!has(tag, "readonly")) {
        texts.add(name);
      }
    }
  }

  private void textArea(String attributes, String content) {
    String name = attribute(attributes, "name");
    if (name != null && !has(attributes, "disabled")) {
      values.put(name, unescape(content.startsWith("\n") ? content.substring(1) : content));
      texts.add(name);
    }
  }

  /** A select's value: its selected option, else its first, as a browser sends it. */
  private void select(String attributes, String content) {
    String name = attribute(attributes, "name");
    if (name == null || has(attributes, "disabled") || has(attributes, "multiple")) {
      return;
    }
    String first = null;
    String selected = null;
    Matcher option = OPTION.matcher(content);
    while (option.find()) {
      String value = orEmpty(attribute(option.group(), "value"));
      first = first == null ? value : first;
      selected = selected == null && has(option.group(), "selected") ? value : selected;
    }
    values.put(name, selected != null ? selected : orEmpty(first));
    selects.add(name);
  }

  /** The value of an attribute of a tag (unescaped), or null. */
  static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? unescape(m.group(1)) : null;
  }

  private static boolean has(String tag, String name) {
    return Pattern.compile("\\s" + name + "(?:=\"[^\"]*\")?(?=[\\s/>])").matcher(tag).find();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** HTML character references as Faces writes them (named basics and numeric). */
  static String unescape(String html) {
    Matcher ref = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(html);
    StringBuilder out = new StringBuilder();
    while (ref.find()) {
      String r = ref.group(1);
      String c =
          switch (r) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                Character.toString(
                    r.startsWith("#x")
                        ? Integer.parseInt(r.substring(2), 16)
                        : Integer.parseInt(r.substring(1)));
          };
      ref.appendReplacement(out, Matcher.quoteReplacement(c));
    }
    ref.appendTail(out);
    return out.toString();
  }
}
