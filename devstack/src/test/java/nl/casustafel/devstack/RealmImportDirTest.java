package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmImportDirTest {

  @TempDir Path tmp;

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readValue();
  }

  @Test
  void anOverlayAddsMembersToTheOrganizationWithTheSameAlias() {
    JsonValue base =
        json(
            "{'realm':'r','organizations':[{'alias':'a','name':'A','members':[]},"
                + "{'alias':'b','members':[]}]}");
    JsonValue overlay =
        json("{'organizations':[{'alias':'b','members':[{'username':'u'}]}],'users':[1]}");
    assertEquals(
        json(
            "{'realm':'r','organizations':[{'alias':'a','name':'A','members':[]},"
                + "{'alias':'b','members':[{'username':'u'}]}],'users':[1]}"),
        RealmImportDir.merge(base, overlay));
  }

  @Test
  void arraysWithoutAliasesAreConcatenatedAndScalarsReplaced() {
    assertEquals(
        json("{'x':[1,{'n':2},3],'policy':'demo','keep':true}"),
        RealmImportDir.merge(
            json("{'x':[1,{'n':2}],'policy':'strong','keep':true}"),
            json("{'x':[3],'policy':'demo'}")));
  }

  @Test
  void anOverlayIsMergedIntoTheRealmOfAnEarlierDirectory() throws IOException {
    Path prod = dir("prod", "r-realm.json", "{'realm':'r','users':[]}");
    Path demo = dir("demo", "r-realm-overlay.json", "{'users':[{'username':'u'}]}");
    Files.writeString(demo.resolve("r-users-0.json"), "{}");
    Path out = tmp.resolve("out");
    RealmImportDir.build(out, List.of(prod, demo));
    assertEquals(
        json("{'realm':'r','users':[{'username':'u'}]}"),
        RealmImportDir.read(out.resolve("r-realm.json")));
    assertEquals(List.of("r-realm.json", "r-users-0.json"), names(out));
  }

  @Test
  void refusesAnOverlayWithoutRealmAndAFileTwice() throws IOException {
    Path demo = dir("demo", "r-realm-overlay.json", "{}");
    assertThrows(IOException.class, () -> RealmImportDir.build(tmp.resolve("o1"), List.of(demo)));
    Path a = dir("a", "r-realm.json", "{}");
    Path b = dir("b", "r-realm.json", "{}");
    assertThrows(
        FileAlreadyExistsException.class,
        () -> RealmImportDir.build(tmp.resolve("o2"), List.of(a, b)));
  }

  private Path dir(String name, String file, String content) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(dir.resolve(file), content.replace('\'', '"'));
    return dir;
  }

  private static List<String> names(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
