package nl.casustafel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import nl.casustafel.report.suppression.Published;
import nl.casustafel.report.suppression.SmallCellSuppression;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The export as a Dutch spreadsheet reads it: bytes, then ";"-separated records. */
class ProgressCsvTest {

  private static final Function<String, String> DUTCH = ProgressText.labels(ProgressText.DUTCH);

  @Test
  void utf8WithAByteOrderMarkAndADutchHeader() throws IOException {
    byte[] csv = write(Published.exact(Evaluation2019.region()));

    assertEquals((byte) 0xEF, csv[0]);
    assertEquals((byte) 0xBB, csv[1]);
    assertEquals((byte) 0xBF, csv[2]);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFgroep;tabel;code;omschrijving;aantal\r\n"), text);
  }

  @Test
  void oneRowPerCellAndATotalPerTableAsThePdfPrintsThem() throws IOException {
    Published suppressed = new SmallCellSuppression(5).publish(Evaluation2019.region());

    List<CSVRecord> rows = records(write(suppressed));

    assertEquals(
        List.of(
            "Situaties van mensenhandel",
            "Situaties naar uitbuitingsvorm",
            "SEXUAL",
            "Seksuele uitbuiting",
            "25"),
        rows.get(0).toList());
    assertEquals(
        List.of("CRIMINAL", "Criminele uitbuiting", "< 5"), rows.get(2).toList().subList(2, 5));
    assertEquals(List.of("TOTAL", "Totaal", "36"), rows.get(4).toList().subList(2, 5));
    // 4 + 1 + 6 + 1 + 3 + 1 cells and totals, then 3 + 1 + 5 + 1.
    assertEquals(26, rows.size());
    assertEquals(List.of("Blaricum", "Blaricum", "< 5"), rows.get(10).toList().subList(2, 5));
    assertEquals(
        List.of("AGE_18_20", "18 tot en met 20 jaar", "< 5"), rows.get(20).toList().subList(2, 5));
  }

  @Test
  void aTextThatASpreadsheetWouldRunGetsAnApostrophe() throws IOException {
    Published exact = Published.exact(Evaluation2019.withMunicipality("=HYPERLINK(\"x\")"));

    List<CSVRecord> rows = records(write(exact));

    assertEquals("'=HYPERLINK(\"x\")", rows.get(5).get("code"));
    assertEquals("'=HYPERLINK(\"x\")", rows.get(5).get("omschrijving"));
  }

  @Test
  void withoutLabelsTheKeysAndCodesAreWritten() throws IOException {
    List<CSVRecord> rows = records(write(Published.exact(Evaluation2019.region()), key -> null));

    assertEquals(
        List.of("situations", "situations.form", "SEXUAL", "SEXUAL", "25"), rows.get(0).toList());
    assertEquals(List.of("TOTAL", "Totaal", "36"), rows.get(4).toList().subList(2, 5));
  }

  private static byte[] write(Published published) throws IOException {
    return write(published, DUTCH);
  }

  private static byte[] write(Published published, Function<String, String> labels)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    ProgressCsv.write(published, labels, out);
    return bytes.toByteArray();
  }

  private static List<CSVRecord> records(byte[] csv) throws IOException {
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
    return format.parse(new StringReader(text)).getRecords();
  }
}
