package nl.casustafel.web.registry;

import java.io.Serializable;
import nl.casustafel.registry.YearlyFigure;
import nl.casustafel.web.casefile.Texts;

/** One yearly figure as the screen shows it: year, case type, exploitation form, cases. */
public record FigureRow(int year, String type, String form, long cases) implements Serializable {

  static FigureRow of(YearlyFigure f) {
    String form =
        f.form().equals(YearlyFigure.NO_FORM)
            ? Texts.get("retention.noForm")
            : Texts.get("case.form." + f.form());
    return new FigureRow(f.year(), Texts.get("case.type." + f.type().name()), form, f.cases());
  }

  // Jakarta EL 5 reads properties by getters only, not by record accessors.
  public int getYear() {
    return year;
  }

  public String getType() {
    return type;
  }

  public String getForm() {
    return form;
  }

  public long getCases() {
    return cases;
  }
}
