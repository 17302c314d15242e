package org.quotestance.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The write helpers that need no Spark session (the tables themselves: AnalyzeJobTest). */
class OutputTablesTest {

  @Test
  void writersGrowWithTheRowsUpToTheTasks() {
    assertEquals(1, OutputTables.writers(0, 4));
    assertEquals(1, OutputTables.writers(2_304, 4));
    assertEquals(2, OutputTables.writers(OutputTables.ROWS_PER_WRITER + 1, 4));
    assertEquals(4, OutputTables.writers(100 * OutputTables.ROWS_PER_WRITER, 4));
  }

  @Test
  void theWritesRunAtOnce() {
    // each write waits for the other two to have started: run one after another, this would time out
    CountDownLatch started = new CountDownLatch(3);
    AtomicInteger overlapped = new AtomicInteger();
    Runnable write = () -> {
      started.countDown();
      try {
        if (started.await(10, TimeUnit.SECONDS)) overlapped.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    OutputTables.together(write, write, write);
    assertEquals(3, overlapped.get());
  }

  @Test
  void aFailedWriteFailsTheCallAfterTheOthersEnd() {
    IllegalStateException boom = new IllegalStateException("disk full");
    AtomicInteger finished = new AtomicInteger();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> OutputTables.together(
        () -> { throw boom; },
        () -> { sleep(200); finished.incrementAndGet(); },
        finished::incrementAndGet));
    assertSame(boom, e);
    assertEquals(2, finished.get());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
