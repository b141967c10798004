package nl.casustafel.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditChain;
import nl.casustafel.audit.AuditEntry;
import org.junit.jupiter.api.Test;

/** The auditor's CSV: a spreadsheet never takes a logged value for a formula. */
class AuditCsvTest {

  @Test
  void cellsThatLookLikeFormulasAreDefused() {
    assertEquals("'=HYPERLINK(\"x\")", AuditCsv.safe("=HYPERLINK(\"x\")"));
    assertEquals("'+1", AuditCsv.safe("+1"));
    assertEquals("'-1", AuditCsv.safe("-1"));
    assertEquals("'@SUM(A1)", AuditCsv.safe("@SUM(A1)"));
    assertEquals("politie.mnl", AuditCsv.safe("politie.mnl"));
  }

  @Test
  void aFormulaBehindSpacesInvisibleCharactersOrInFullWidthIsDefusedToo() {
    assertEquals("' =1+1", AuditCsv.safe(" =1+1"));
    assertEquals("'\u00A0@SUM(A1)", AuditCsv.safe("\u00A0@SUM(A1)"));
    assertEquals("'\u202E=cmd", AuditCsv.safe("\u202E=cmd"));
    assertEquals("'\u200B+1", AuditCsv.safe("\u200B+1"));
    assertEquals("'\uFF1DHYPERLINK(\"x\")", AuditCsv.safe("\uFF1DHYPERLINK(\"x\")"));
    assertEquals("'\nx", AuditCsv.safe("\nx"));
    assertEquals("art. 5 - 5.3", AuditCsv.safe("art. 5 - 5.3"));
    assertEquals("   ", AuditCsv.safe("   "));
  }

  @Test
  void anEventBecomesOneQuotedRowUnderTheHeader() {
    AuditEntry entry =
        new AuditEntry(
            "zvh-gv",
            Instant.parse("2026-11-28T12:00:00Z"),
            "sub",
            "=evil,name",
            "politie-midden-nederland",
            "PARTNER_MEMBER",
            null,
            AuditAction.READ,
            1L,
            "ps-1",
            "CONTACT,SOCIAL",
            "PERMIT",
            null,
            "art. 5",
            "CASE_CONFERENCE",
            "127.0.0.1",
            "4bf92f3577b34da6a3ce929d0e0e4736",
            false);
    String csv = AuditCsv.write(List.of(AuditChain.append(1, AuditChain.GENESIS, entry)));
    String[] lines = csv.split("\r\n");
    assertEquals(2, lines.length, csv);
    assertTrue(lines[0].startsWith("seq,occurred_at,actor"));
    assertTrue(lines[1].contains("\"'=evil,name\""), lines[1]);
    assertTrue(lines[1].contains("\"CONTACT,SOCIAL\""), lines[1]);
  }
}
