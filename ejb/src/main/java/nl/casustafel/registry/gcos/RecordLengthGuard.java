package nl.casustafel.registry.gcos;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes a CSV text through one record at a time and replaces every record longer than a limit by a
 * marker record (a single NUL character), so that the CSV parser never builds a cell of 50 MB and
 * the rest of the file is still read. It follows the quoting rules of the parser (a quote opens
 * only at the start of a field, {@code ""} inside quotes is a quote) so that a line break inside a
 * quoted cell does not end the record. Memory: one record of at most the limit.
 *
 * <p>The marker cannot occur in a real record: {@link EncodingDetector} rejects files with NUL.
 */
final class RecordLengthGuard extends Reader {

  /** The content of the record that replaces a record that was too long. */
  static final String OVERSIZED = "\0";

  private final Reader in;
  private final char[] record;
  private final char[] buffer = new char[16 * 1024];
  private int bufferLength;
  private int bufferPos;
  private int recordLength;
  private int recordPos;
  private boolean inQuotes;
  private boolean pendingQuote;
  private boolean fieldStart = true;

  RecordLengthGuard(Reader in, int maxChars) {
    this.in = in;
    this.record = new char[maxChars + 1];
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (recordPos == recordLength && !fill()) {
      return -1;
    }
    int n = Math.min(len, recordLength - recordPos);
    System.arraycopy(record, recordPos, cbuf, off, n);
    recordPos += n;
    return n;
  }

  /** Reads the next record (with its line break) into {@link #record}; false at the end. */
  private boolean fill() throws IOException {
    recordLength = 0;
    recordPos = 0;
    boolean oversized = false;
    int c;
    while ((c = nextChar()) >= 0) {
      if (recordLength < record.length - 1) {
        record[recordLength++] = (char) c;
      } else {
        oversized = true;
      }
      if (endsRecord((char) c)) {
        break;
      }
    }
    if (oversized) {
      recordLength = 0;
      record[recordLength++] = OVERSIZED.charAt(0);
      if (c >= 0) {
        record[recordLength++] = (char) c;
      }
    }
    return recordLength > 0;
  }

  private int nextChar() throws IOException {
    if (bufferPos == bufferLength) {
      bufferLength = in.read(buffer);
      bufferPos = 0;
      if (bufferLength <= 0) {
        bufferLength = 0;
        return -1;
      }
    }
    return buffer[bufferPos++];
  }

  private boolean endsRecord(char c) {
    if (inQuotes) {
      if (!pendingQuote) {
        pendingQuote = c == '"';
        return false;
      }
      pendingQuote = false;
      if (c == '"') {
        return false; // "" inside quotes is one quote
      }
      inQuotes = false; // the quote before c closed the field
    }
    boolean start = fieldStart;
    fieldStart = c == ';' || c == '\n' || c == '\r';
    if (start && c == '"') {
      inQuotes = true;
    }
    return c == '\n' || c == '\r';
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
