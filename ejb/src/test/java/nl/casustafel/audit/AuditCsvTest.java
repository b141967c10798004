package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.casustafel.identity.Role;
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
        TestEvents.policeRead(Instant.parse("2026-11-28T12:00:00Z"))
            .actor("sub", "=evil,name", TestEvents.POLICE, Set.of(Role.PARTNER_MEMBER))
            .onBehalfOf(null)
            .about(1L, "ps-1")
            .origin("127.0.0.1", TestEvents.TRACE)
            .build();
    String csv = AuditCsv.write(List.of(AuditChain.append(1, AuditChain.GENESIS, entry)));
    String[] lines = csv.split("\r\n");
    assertEquals(2, lines.length, csv);
    assertTrue(csv.endsWith("\r\n"), csv);
    assertEquals(
        "seq,occurred_at,actor,partner,roles,on_behalf_of,action,case,subject,categories,decision,"
            + "reason,legal_basis,purpose,break_glass,origin_ip,trace_id",
        lines[0]);
    // Byte for byte what Commons CSV (RFC4180) wrote before the writer moved to the audit domain.
    assertEquals(
        "1,2026-11-28T12:00:00Z,\"'=evil,name\",politie-midden-nederland,PARTNER_MEMBER,,READ,1,"
            + "ps-1,\"CONTACT,SOCIAL\",PERMIT,,art. 5,CASE_CONFERENCE,false,127.0.0.1,"
            + "4bf92f3577b34da6a3ce929d0e0e4736",
        lines[1]);
  }

  @Test
  void fieldsAreQuotedAsRfc4180Asks() {
    assertEquals("", AuditCsv.field(null));
    assertEquals("", AuditCsv.field(""));
    assertEquals("art. 5", AuditCsv.field("art. 5"));
    assertEquals("\"a,b\"", AuditCsv.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", AuditCsv.field("say \"hi\""));
    assertEquals("\"two\r\nlines\"", AuditCsv.field("two\r\nlines"));
    assertEquals("\" padded \"", AuditCsv.field(" padded "));
    assertEquals("42", AuditCsv.field(42L));
  }
}
