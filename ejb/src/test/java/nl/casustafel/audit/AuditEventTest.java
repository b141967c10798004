package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The typed builder makes exactly the stored form the hand-built events had: the same strings, so
 * the same hashes, and every chain written before it still verifies.
 */
class AuditEventTest {

  private static final TenantId GV = new TenantId("zvh-gv");
  private static final PartnerId POLICE = new PartnerId("politie-midden-nederland");
  private static final PartnerId ZVH = new PartnerId("zvh-gooi-en-vechtstreek");
  private static final Instant T = Instant.parse("2026-11-28T12:00:00.123456789Z");
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

  /**
   * The chain hashes of four events made with the 18-argument constructor before the builder
   * existed (a read, a refusal, an auditor's query, a break-glass): fixed, so that any change to
   * the stored form fails here.
   */
  private static final List<String> OLD_HASHES =
      List.of(
          "c3f5d8f71b695d2a705d392fbaa1d644dd06f4c38c9b0087dc85d49f3b7bffd7",
          "655b68eb5b7bb0a14b0884f6a20c2ef76506008704632a486c669afa14e63aa5",
          "6ca4c3a8f19c4392aa93897500a5fc911a79e13efc5c654d40861c43fda79217",
          "7f95dea3a7c458448708e4c84e529d75290e2ccc9714eff70a93218d5775e38e");

  private static List<AuditEntry> handBuilt() {
    return List.of(
        new AuditEntry(
            "zvh-gv",
            T,
            "sub-1",
            "politie.mnl",
            POLICE.value(),
            "PARTNER_MEMBER",
            POLICE.value(),
            AuditAction.READ,
            7L,
            "ps-1",
            "CONTACT,SOCIAL",
            "PERMIT",
            null,
            "art. 5,art. 6",
            "CASE_CONFERENCE",
            "10.0.0.1",
            TRACE,
            false),
        new AuditEntry(
            "zvh-gv",
            T.plusSeconds(1),
            "sub-1",
            "politie.mnl",
            POLICE.value(),
            "PARTNER_MEMBER",
            POLICE.value(),
            AuditAction.DENY,
            7L,
            "ps-1",
            "HEALTH,JUSTICE",
            "DENY",
            "CATEGORY_NOT_GRANTED",
            null,
            "CASE_CONFERENCE",
            "10.0.0.1",
            TRACE,
            false),
        new AuditEntry(
            "zvh-gv",
            T.plusSeconds(2),
            "sub-2",
            "auditor.zvh",
            ZVH.value(),
            "AUDITOR",
            ZVH.value(),
            AuditAction.AUDIT_QUERY,
            null,
            "ps-1",
            null,
            "PERMIT",
            "subject=ps-1",
            null,
            "AUDIT",
            null,
            "00f067aa0ba902b7",
            false),
        new AuditEntry(
            "zvh-gv",
            T.plusSeconds(3),
            "sub-3",
            "regie.zvh",
            null,
            "CARE_COORDINATOR,CASE_DIRECTOR",
            null,
            AuditAction.BREAK_GLASS,
            8L,
            "ps-2",
            null,
            "PERMIT",
            "acute danger",
            null,
            "SAFETY_ASSESSMENT",
            "10.0.0.2",
            "00f067aa0ba902b8",
            true));
  }

  private static List<AuditEntry> built() {
    return List.of(
        read().basis("art. 5,art. 6").build(),
        AuditEvent.of(GV, T.plusSeconds(1))
            .actor("sub-1", "politie.mnl", POLICE, Set.of(Role.PARTNER_MEMBER))
            .action(AuditAction.DENY)
            .about(7L, "ps-1")
            .categories(Set.of(DataCategory.JUSTICE, DataCategory.HEALTH))
            .decision(AuditDecision.DENY)
            .reason("CATEGORY_NOT_GRANTED")
            .purpose(Purpose.CASE_CONFERENCE)
            .origin("10.0.0.1", TRACE)
            .build(),
        AuditEvent.of(GV, T.plusSeconds(2))
            .actor("sub-2", "auditor.zvh", ZVH, Set.of(Role.AUDITOR))
            .action(AuditAction.AUDIT_QUERY)
            .about(null, "ps-1")
            .decision(AuditDecision.PERMIT)
            .reason("subject=ps-1")
            .purpose(AuditEvent.AUDIT_PURPOSE)
            .origin(null, "00f067aa0ba902b7")
            .build(),
        AuditEvent.of(GV, T.plusSeconds(3))
            .actor("sub-3", "regie.zvh", null, Set.of(Role.CASE_DIRECTOR, Role.CARE_COORDINATOR))
            .action(AuditAction.BREAK_GLASS)
            .about(8L, "ps-2")
            .decision(AuditDecision.PERMIT)
            .reason("acute danger")
            .purpose(Purpose.SAFETY_ASSESSMENT)
            .origin("10.0.0.2", "00f067aa0ba902b8")
            .breakGlass(true)
            .build());
  }

  /** A police read of contact and social data, all required parts set, no legal basis. */
  private static AuditEvent read() {
    return TestEvents.policeRead(T).basis(null);
  }

  private static List<String> hashes(List<AuditEntry> entries) {
    byte[] prev = AuditChain.GENESIS;
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ChainedEvent event = AuditChain.append(i + 1, prev, entries.get(i));
      prev = event.hash();
      hashes.add(HexFormat.of().formatHex(event.hash()));
    }
    return hashes;
  }

  @Test
  void theStoredFormIsUnchanged() {
    assertEquals(OLD_HASHES, hashes(handBuilt()));
  }

  @Test
  void anEventBuiltTheNewWayHashesAsTheSameEventBuiltTheOldWay() {
    assertEquals(handBuilt(), built());
    assertEquals(OLD_HASHES, hashes(built()));
  }

  @Property
  void categoriesAreJoinedAsCaseAuditJoinedTheirNames(
      @ForAll @NotEmpty Set<DataCategory> categories) {
    TreeSet<String> names = new TreeSet<>();
    categories.forEach(c -> names.add(c.name()));
    assertEquals(
        String.join(",", names), read().categories(categories).build().categories(), "by name");
  }

  @Test
  void categoriesAreSortedByNameNotByDeclaration() {
    AuditEntry entry = read().categories(EnumSet.allOf(DataCategory.class)).build();
    assertEquals(
        "CONTACT,HEALTH,IDENTIFYING,JUSTICE,SAFETY,SOCIAL,VICTIM_STATUS", entry.categories());
    assertNull(read().categories(Set.of()).build().categories(), "none named: none stored");
  }

  @Test
  void theDecisionIsStoredByName() {
    assertEquals("PERMIT", read().build().decision());
    assertEquals("DENY", read().decision(AuditDecision.DENY).build().decision());
    assertEquals(AuditDecision.DENY, AuditDecision.of("DENY"));
    IllegalArgumentException broken =
        assertThrows(IllegalArgumentException.class, () -> AuditDecision.of("permit"));
    assertEquals("decision is PERMIT or DENY: permit", broken.getMessage());
  }

  @Test
  void buildNamesEveryMissingRequiredPart() {
    IllegalStateException empty =
        assertThrows(IllegalStateException.class, () -> AuditEvent.of(GV, T).build());
    assertEquals(
        "An audit event is missing its actor, action, decision, purpose, trace id.",
        empty.getMessage());
    IllegalStateException noPurpose =
        assertThrows(IllegalStateException.class, () -> read().purpose((Purpose) null).build());
    assertEquals("An audit event is missing its purpose (READ).", noPurpose.getMessage());
    IllegalStateException noTrace =
        assertThrows(IllegalStateException.class, () -> read().origin("10.0.0.1", null).build());
    assertTrue(noTrace.getMessage().contains("trace id"), noTrace.getMessage());
    NullPointerException noTenant =
        assertThrows(NullPointerException.class, () -> AuditEvent.of(null, T));
    assertEquals("An audit event needs its tenant.", noTenant.getMessage());
    assertThrows(NullPointerException.class, () -> AuditEvent.of(GV, null));
  }

  @Test
  void theSignedInUserActsWithTheirRolesInThisTenantForTheirOwnPartner() {
    CurrentUser user =
        new CurrentUser(
            "sub-9",
            "regie.zvh",
            "Regie",
            Optional.of(ZVH),
            Map.of(
                GV,
                Set.of(Role.CASE_DIRECTOR, Role.AUDITOR),
                new TenantId("zvh-flevoland"),
                Set.of(Role.ZVH_MANAGER)),
            false);
    AuditEntry entry = read().actor(user).build();
    assertEquals("sub-9", entry.actorSubject());
    assertEquals("regie.zvh", entry.actorUsername());
    assertEquals("AUDITOR,CASE_DIRECTOR", entry.actorRoles());
    assertEquals(ZVH.value(), entry.actorPartner());
    assertEquals(ZVH.value(), entry.onBehalfOf());
    AuditEntry forOther = read().actor(user).onBehalfOf(POLICE).build();
    assertEquals(POLICE.value(), forOther.onBehalfOf());
  }

  @Test
  void aUserWithoutRolesInTheTenantIsStoredWithADash() {
    CurrentUser outsider = new CurrentUser("sub-x", "x", null, Optional.empty(), Map.of(), false);
    AuditEntry entry = read().actor(outsider).build();
    assertEquals(AuditEvent.NO_ROLES, entry.actorRoles());
    assertNull(entry.actorPartner());
    assertNull(entry.onBehalfOf());
  }
}
