package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.samples.JourneyMapSamples;
import java.io.IOException;
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
      return files
          .filter(
              f ->
                  f.getFileName().toString().endsWith(".tmp")
                      || f.getFileName().toString().startsWith(".cx-tour-"))
          .toList();
    }
  }

  @Test
  void concurrentToursEachAnalyseTheirOwnEventsAndLeaveOneWholeFile() throws Exception {
    JourneyMap map = JourneyMapSamples.cableOutage();
    Path target = dir.resolve(TourData.EVENTS);
    List<byte[]> references = new ArrayList<>();
    List<Long> expectedJourneys = new ArrayList<>();
    for (int seed = 1; seed <= RUNS; seed++) {
      Path ref = Files.createDirectories(dir.resolve("ref" + seed));
      expectedJourneys.add(tourJourneys(map, ref, seed));
      references.add(Files.readAllBytes(ref.resolve(TourData.EVENTS)));
    }
    List<Callable<Long>> runs = new ArrayList<>();
    for (int seed = 1; seed <= RUNS; seed++) {
      int s = seed;
      runs.add(() -> tourJourneys(map, dir, s));
    }
    assertEquals(expectedJourneys, together(runs), "each run analysed its own events");
    byte[] left = Files.readAllBytes(target);
    assertTrue(
        references.stream().anyMatch(r -> java.util.Arrays.equals(r, left)),
        "the file left is exactly one run's");
    assertEquals(List.of(), leftovers());
  }

  /** The tour's data step: write, analyse the private copy, publish; the journeys analysed. */
  private static long tourJourneys(JourneyMap map, Path out, int seed) throws IOException {
    try (TourData data = TourData.write(out, map, 60 + 10 * seed, seed)) {
      Cli.Result r =
          Cli.run(
                  "journeys",
                  "--input",
                  data.events().toString(),
                  "--type-column",
                  "type",
                  "--goal-type",
                  "technician-visit",
                  "--gap",
                  "P7D",
                  "variants",
                  "--format",
                  "json")
              .assertOk();
      data.publish();
      return Cli.json(r.out()).get("journeys").asLong();
    }
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
    assertTrue(tourJourneys(JourneyMapSamples.cableOutage(), out, 1) > 0);
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(
          List.of(TourData.EVENTS, TourData.SURVEY),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }
}
