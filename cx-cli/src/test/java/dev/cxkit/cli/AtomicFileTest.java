package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.samples.JourneyMapSamples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent runs writing the same files leave each file whole: six tours' event-log step (write,
 * read back, assemble) and six report writers, started together into one directory, each see their
 * own data, and the file left behind is exactly one run's, never a mix; no temporary file stays
 * behind.
 */
class AtomicFileTest {
  private static final int RUNS = 6;
  @TempDir Path dir;

  private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> t : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return t.call();
                }));
      }
      start.countDown();
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void concurrentToursEachAnalyseTheirOwnEventsAndLeaveOneWholeFile() throws Exception {
    JourneyMap map = JourneyMapSamples.cableOutage();
    Path target = dir.resolve("events.synthetic.csv");
    List<byte[]> references = new ArrayList<>();
    List<Integer> expectedJourneys = new ArrayList<>();
    for (int seed = 1; seed <= RUNS; seed++) {
      Path ref = Files.createDirectories(dir.resolve("ref" + seed)).resolve("events.csv");
      expectedJourneys.add(step(map, seed).journeys(map, ref).count());
      references.add(Files.readAllBytes(ref));
    }
    List<Callable<Integer>> runs = new ArrayList<>();
    for (int seed = 1; seed <= RUNS; seed++) {
      int s = seed;
      runs.add(() -> step(map, s).journeys(map, target).count());
    }
    assertEquals(expectedJourneys, together(runs), "each run analysed its own events");
    byte[] left = Files.readAllBytes(target);
    assertTrue(
        references.stream().anyMatch(r -> java.util.Arrays.equals(r, left)),
        "the file left is exactly one run's");
    assertEquals(List.of(), leftovers());
  }

  private static TourJourneys step(JourneyMap map, int seed) {
    TourOutput out = new TourOutput(new PrintWriter(new StringWriter()), new TourReport());
    return new TourJourneys(out, 60 + 10 * seed, seed);
  }

  @Test
  void concurrentWritersLeaveExactlyOneWholeFile() throws Exception {
    Path target = dir.resolve("report.html");
    List<String> contents = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      contents.add(("run " + i + "\n").repeat(20_000 + 1000 * i));
    }
    for (int round = 0; round < 5; round++) {
      List<Callable<Void>> writers = new ArrayList<>();
      for (String c : contents) {
        writers.add(
            () -> {
              AtomicFile.writeString(target, c);
              return null;
            });
      }
      together(writers);
      assertTrue(contents.contains(Files.readString(target)), "one writer's whole content");
    }
    assertEquals(List.of(), leftovers());
  }

  @Test
  void anUncommittedFileLeavesNoTraceAndAnOldFileStays() throws IOException {
    Path target = Cli.write(dir, "survey.csv", "old");
    assertThrows(
        IOException.class,
        () -> {
          try (AtomicFile f = AtomicFile.create(target)) {
            Files.writeString(f.temp(), "half");
            throw new IOException("disk full");
          }
        });
    assertArrayEquals("old".getBytes(), Files.readAllBytes(target));
    assertEquals(List.of(), leftovers());
    assertFalse(Files.exists(dir.resolve("new.csv")));
  }

  @Test
  void theTourLeavesNoTemporaryFile() throws IOException {
    Path out = Files.createDirectories(dir.resolve("tour"));
    Journeys js =
        step(JourneyMapSamples.cableOutage(), 1)
            .journeys(JourneyMapSamples.cableOutage(), out.resolve("e.csv"));
    assertTrue(js.count() > 0);
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(out.resolve("e.csv")), files.toList());
    }
  }
}
