package org.quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalNamesTest {

  private final CanonicalNames names = CanonicalNames.defaults();

  @Test
  void transliterationVariantsMeet() {
    for (String v : new String[] {"Volodymyr Zelensky", "Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "VOLODYMYR ZELENSKY"}) {
      assertEquals("Volodymyr Zelenskyy", names.canonical(v), v);
    }
    assertEquals("Sergey Lavrov", names.canonical("Sergei Lavrov"));
    assertEquals("Dmitry Peskov", names.canonical("Dmitri Peskov"));
  }

  @Test
  void unknownNamesKeepTheirSpelling() {
    assertEquals("Tammy Bruce", names.canonical(" Tammy  Bruce "));
    assertEquals(null, names.canonical("  "));
  }

  @Test
  void differentPeopleStayApart() {
    assertNotEquals(CanonicalNames.key("Bill Clinton"), CanonicalNames.key("Hillary Clinton"));
  }

  @Test
  void userAliasesExtendTheShippedOnes(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("aliases.tsv");
    Files.writeString(f, "# mine\nAlexei Navalny\tAleksei Navalny|Alexey Navalny\n");
    CanonicalNames mine = CanonicalNames.withFile(f);
    assertEquals("Alexei Navalny", mine.canonical("Alexey Navalny"));
    assertEquals("Volodymyr Zelenskyy", mine.canonical("Volodymyr Zelensky"));
  }

  @Test
  void malformedAliasLineIsReportedWithItsLineNumber(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "Good Name\tVariant\nno tab here\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CanonicalNames.withFile(f));
    assertEquals(true, e.getMessage().contains("line 2"), e.getMessage());
  }
}
