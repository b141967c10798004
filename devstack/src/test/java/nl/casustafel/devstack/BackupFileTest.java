package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFileTest {

  @TempDir Path dir;

  @Test
  void ourTrailerGivesTheMomentTheBackupWasTaken() throws IOException {
    Path file = dir.resolve("b.sql");
    Files.writeString(
        file,
        "-- MariaDB dump\nINSERT INTO `x` VALUES (1);\n-- Dump completed on 2026-11-29 13:05:01\n"
            + BackupFile.trailer("casustafel", Instant.parse("2026-11-29T12:04:59.5Z")));
    BackupFile backup = BackupFile.read(file);
    assertTrue(backup.complete());
    assertEquals("2026-11-29T12:04:59.500Z", backup.takenAt());
    assertEquals("b.sql", backup.name());
  }

  @Test
  void anOperatorsOwnDumpHasOnlyTheServersCompletionTime() {
    BackupFile backup =
        BackupFile.of(Path.of("x.sql"), List.of("-- Dump completed on 2026-11-29 13:05:01"));
    assertTrue(backup.complete());
    assertEquals(
        "an unknown time (mariadb-dump completed on 2026-11-29 13:05:01, server time)",
        backup.takenAt());
  }

  @Test
  void aDumpThatDidNotFinishIsNotComplete() {
    assertFalse(BackupFile.of(Path.of("x.sql"), List.of("INSERT INTO `x` VALUES (1),")).complete());
    assertFalse(
        BackupFile.of(Path.of("x.sql"), List.of(BackupFile.trailer("c", Instant.EPOCH).strip()))
            .complete(),
        "our line alone does not make a dump complete");
  }
}
