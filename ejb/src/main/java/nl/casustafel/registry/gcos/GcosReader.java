package nl.casustafel.registry.gcos;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a GCOS file as a stream of {@link RawLine}s: detects the encoding, checks the header and
 * hands over one line at a time; nothing of earlier lines is kept. Limits: {@value
 * #MAX_RECORD_CHARS} characters per line (longer lines are handed over as too long), {@value
 * #MAX_LINES} lines per file.
 */
final class GcosReader {

  static final int MAX_RECORD_CHARS = 64 * 1024;
  static final int MAX_LINES = 1_000_000;

  /** ';'-separated, '"' quotes, no escape character, as Excel writes it in a Dutch locale. */
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setDelimiter(';')
          .setQuote('"')
          .setIgnoreEmptyLines(false)
          .setIgnoreSurroundingSpaces(false)
          .setTrim(false)
          .get();

  private GcosReader() {}

  /**
   * Hands every data line of the file to {@code lines}, in file order.
   *
   * @throws FileRejected when the file as a whole cannot be read: empty, wrong encoding, wrong
   *     header, no data, too many lines, broken quoting; its message is the Dutch reason
   * @throws IOException when the source cannot be opened or read
   */
  static void read(GcosSource source, Consumer<RawLine> lines) throws IOException, FileRejected {
    EncodingDetector.Detected encoding = EncodingDetector.detect(source);
    try (Reader reader =
            new RecordLengthGuard(EncodingDetector.open(source, encoding), MAX_RECORD_CHARS);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      readRecords(parser, lines);
    }
  }

  private static void readRecords(CSVParser parser, Consumer<RawLine> lines) throws FileRejected {
    int number = 1;
    int data = 0;
    try {
      var records = parser.iterator();
      if (!records.hasNext()) {
        throw new FileRejected(ImportText.EMPTY_FILE);
      }
      checkHeader(records.next());
      while (records.hasNext()) {
        CSVRecord record = records.next();
        number++;
        if (number > MAX_LINES) {
          throw new FileRejected(String.format(ImportText.TOO_MANY_LINES, MAX_LINES));
        }
        data += handOver(number, record.toList(), lines) ? 1 : 0;
      }
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof CSVException)) {
        throw e; // reading failed, or a consumer failed: not the file's fault
      }
      throw new FileRejected(String.format(ImportText.BAD_CSV, number + 1));
    }
    if (data == 0) {
      throw new FileRejected(ImportText.NO_DATA);
    }
  }

  /** False for an empty line (also one of only separators), which is skipped. */
  private static boolean handOver(int number, List<String> cells, Consumer<RawLine> lines) {
    if (cells.size() == 1 && RecordLengthGuard.OVERSIZED.equals(cells.get(0))) {
      lines.accept(RawLine.tooLong(number));
      return true;
    }
    if (cells.stream().allMatch(String::isEmpty)) {
      return false;
    }
    lines.accept(RawLine.of(number, cells));
    return true;
  }

  private static void checkHeader(CSVRecord header) throws FileRejected {
    List<String> found = header.toList();
    List<String> expected = GcosColumns.names();
    for (int i = 0; i < Math.max(found.size(), expected.size()); i++) {
      String f = i < found.size() ? found.get(i).strip() : "";
      String e = i < expected.size() ? expected.get(i) : "";
      if (!f.equals(e)) {
        throw new FileRejected(
            String.format(ImportText.WRONG_HEADER, i + 1, f, e, GcosColumns.HEADER));
      }
    }
  }
}
