package nl.casustafel.web.casefile;

import java.io.Serializable;
import java.util.List;

/**
 * One category of a case file with its items, each shown or hidden with the reason. Classes with
 * getters, not records: Jakarta EL 5 does not read record components.
 */
public final class CaseSection implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String category;
  private final String title;
  private final List<Item> items;

  CaseSection(String category, String title, List<Item> items) {
    this.category = category;
    this.title = title;
    this.items = List.copyOf(items);
  }

  public String getCategory() {
    return category;
  }

  public String getTitle() {
    return title;
  }

  public List<Item> getItems() {
    return items;
  }

  /** An item as shown: its text, or the hidden-reason instead. */
  public static final class Item implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final boolean hidden;
    private final String provider;
    private final String created;

    Item(String text, boolean hidden, String provider, String created) {
      this.text = text;
      this.hidden = hidden;
      this.provider = provider;
      this.created = created;
    }

    public String getText() {
      return text;
    }

    public boolean isHidden() {
      return hidden;
    }

    public String getProvider() {
      return provider;
    }

    public String getCreated() {
      return created;
    }
  }
}
