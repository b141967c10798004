package nl.casustafel.registry.gcos;

import java.util.function.Consumer;
import nl.casustafel.registry.gcos.ImportCommand.NewCase;
import nl.casustafel.registry.gcos.ImportCommand.NewClient;
import nl.casustafel.registry.gcos.ImportCommand.NewMeeting;

/**
 * The commit's second reading of the file: turns each line into the commands that the dry run's
 * {@link CaseBook} says it brings (a line that introduced a case creates it, and its client when
 * the client is new; a line that introduced a meeting creates it). It asks nobody anything, so the
 * commands are exactly what the dry run reported.
 */
final class Replay {

  private final CaseBook cases;
  private final RowParser parser;
  private final ImportSink sink;
  private final int expectedLines;
  private int lines;

  Replay(CaseBook cases, RowParser parser, ImportSink sink, int expectedLines) {
    this.cases = cases;
    this.parser = parser;
    this.sink = sink;
    this.expectedLines = expectedLines;
  }

  /** Emits the commands of one line. */
  void emit(RawLine raw) {
    lines++;
    RowParser.Parsed parsed = parser.parse(raw);
    CaseBook.Entry entry = parsed.valid() ? cases.get(parsed.row().registrationNumber()) : null;
    if (entry == null) {
      throw changed(raw.number());
    }
    GcosRow row = parsed.row();
    if (entry.firstLine == row.line() && entry.existingId == null) {
      newCase(row, entry, sink::accept);
    }
    if (row.meetingDate() != null
        && Integer.valueOf(row.line()).equals(entry.meetingLine(row.meetingDate()))) {
      sink.accept(
          new NewMeeting(
              row.line(),
              row.registrationNumber(),
              entry.existingId,
              row.meetingDate(),
              row.status(),
              row.director()));
    }
  }

  /** Fails when the second reading had another number of lines than the dry run. */
  void checkComplete() {
    if (lines != expectedLines) {
      throw changed(lines);
    }
  }

  private static void newCase(GcosRow row, CaseBook.Entry entry, Consumer<ImportCommand> out) {
    if (entry.client.line() == row.line()) {
      out.accept(new NewClient(row.line(), row.person()));
    }
    out.accept(
        new NewCase(
            row.line(),
            row.registrationNumber(),
            entry.client,
            entry.type,
            entry.form,
            row.referredOn(),
            row.referrer(),
            entry.latestStatus(),
            row.director()));
  }

  private static IllegalStateException changed(int line) {
    return new IllegalStateException(
        "The file changed between the dry run and the commit (line " + line + ")");
  }
}
