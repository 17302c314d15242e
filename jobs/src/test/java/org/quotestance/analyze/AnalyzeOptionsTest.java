package org.quotestance.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotestance.cli.UsageException;

class AnalyzeOptionsTest {

  @Test
  void defaultsAndRepeatedInputs() {
    AnalyzeOptions o = AnalyzeOptions.parse(new String[] {"--input", "a", "--input", "b.jsonl.gz", "--output", "o"});
    assertEquals(List.of("a", "b.jsonl.gz"), o.inputs());
    assertEquals(200_000, o.maxChars());
    assertEquals(0, o.partitions());
    assertEquals(25, o.showRows());
    assertTrue(o.scoring());
    assertEquals("out", AnalyzeOptions.parse(new String[] {"--input", "a", "--output", "out//"}).output());
    assertEquals("/", AnalyzeOptions.parse(new String[] {"--input", "a", "--output", "/"}).output());
  }

  @Test
  void noScoringIsAFlagAnywhereAmongTheOptions() {
    AnalyzeOptions o = AnalyzeOptions.parse(new String[] {"--input", "a", "--no-scoring", "--output", "o"});
    assertFalse(o.scoring());
    assertEquals("o", o.output());
    assertEquals(List.of("a"), o.inputs());
  }

  @Test
  void tasksFollowTheSizeOfTheInput() {
    assertEquals(4, new InputFiles(List.of("a.txt"), List.of(), List.of(), 10_000).partitions(2));
    assertEquals(40, new InputFiles(List.of(), List.of("big.jsonl"), List.of(), 40L << 20).partitions(2));
  }

  @Test
  void mistakesAreNamed() {
    assertEquals("--input is required",
        assertThrows(UsageException.class, () -> AnalyzeOptions.parse(new String[] {"--output", "o"}))
            .getMessage());
    assertEquals("unknown option --inptu", assertThrows(UsageException.class,
        () -> AnalyzeOptions.parse(new String[] {"--inptu", "a", "--output", "o"})).getMessage());
    assertEquals("option --output needs a value", assertThrows(UsageException.class,
        () -> AnalyzeOptions.parse(new String[] {"--input", "a", "--output"})).getMessage());
    assertEquals("--max-chars takes a whole number >= 0, got 'lots'", assertThrows(UsageException.class,
        () -> AnalyzeOptions.parse(new String[] {"--input", "a", "--output", "o", "--max-chars", "lots"})).getMessage());
  }
}
