package nl.casustafel.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The checked-in server configuration as Liberty reads it: {@code server.xml} with its included
 * fragments, and the variables' default values (what runs when no environment variable says
 * otherwise, i.e. production).
 */
final class LibertyConfig {

  static final Path DIR = Path.of("src/main/liberty/config");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

  private final List<Element> elements = new ArrayList<>();
  private final Map<String, String> defaults = new HashMap<>();

  LibertyConfig() throws IOException {
    read(DIR.resolve("server.xml"));
    for (Element variable : all("variable")) {
      if (variable.hasAttribute("defaultValue")) {
        defaults.put(variable.getAttribute("name"), variable.getAttribute("defaultValue"));
      }
    }
  }

  private void read(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
      NodeList children = root.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element element) {
          if (element.getTagName().equals("include")) {
            read(file.getParent().resolve(element.getAttribute("location")));
          } else {
            elements.add(element);
          }
        }
      }
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Every top-level element of that name, in every fragment. */
  List<Element> all(String tag) {
    return elements.stream().filter(e -> e.getTagName().equals(tag)).toList();
  }

  /** The one top-level element of that name; fails when there is none or more than one. */
  Element one(String tag) {
    List<Element> found = all(tag);
    if (found.size() != 1) {
      throw new AssertionError("expected one <" + tag + ">, found " + found.size());
    }
    return found.get(0);
  }

  /** An attribute with its variables replaced by their defaults; empty when not set. */
  Optional<String> attribute(Element element, String name) {
    if (!element.hasAttribute(name)) {
      return Optional.empty();
    }
    Matcher matcher = VARIABLE.matcher(element.getAttribute(name));
    StringBuilder value = new StringBuilder();
    while (matcher.find()) {
      String variable = matcher.group(1);
      String replacement = defaults.get(variable);
      if (replacement == null) {
        throw new AssertionError("${" + variable + "} has no default value");
      }
      matcher.appendReplacement(value, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(value);
    return Optional.of(value.toString());
  }

  /** The text of each direct child element of that name, e.g. the values of {@code <headers>}. */
  static List<String> childTexts(Element element, String tag) {
    List<String> texts = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && e.getTagName().equals(tag)) {
        texts.add(e.getTextContent().strip());
      }
    }
    return texts;
  }

  /** The one direct child element of that name. */
  static Element child(Element element, String tag) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && e.getTagName().equals(tag)) {
        return e;
      }
    }
    throw new AssertionError("<" + element.getTagName() + "> has no <" + tag + ">");
  }

  Map<String, String> defaults() {
    return defaults;
  }
}
