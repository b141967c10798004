package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit-verify also checks the tenants that only a checkpoint file still names. */
class AuditVerifyTest {

  @TempDir Path dir;

  @Test
  void tenantsWithACheckpointFileAreVerifiedEvenWithoutRows() throws IOException {
    Files.writeString(dir.resolve("zvh-gv.checkpoints"), "");
    Files.writeString(dir.resolve("zvh-flevoland.checkpoints"), "");
    Files.writeString(dir.resolve("notes.txt"), "");
    assertEquals(List.of("zvh-flevoland", "zvh-gv"), AuditVerify.filed(dir));
    assertEquals(List.of(), AuditVerify.filed(dir.resolve("absent")));
  }
}
