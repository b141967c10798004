package nl.casustafel.web.admin;

import java.io.Serializable;

/** One article in the draft editor: its number (e.g. "art. 5.3") and text. */
public class ArticleInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private String number;
  private String text;

  public ArticleInput() {}

  ArticleInput(String number, String text) {
    this.number = number;
    this.text = text;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
