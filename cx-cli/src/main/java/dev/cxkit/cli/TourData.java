package dev.cxkit.cli;

import dev.cxkit.model.map.JourneyMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The tour's synthetic, seeded data: the event log walked from the map and the survey answers,
 * written into a private directory beside their targets, analysed there, and then published into
 * the output directory atomically. Concurrent tours into one directory so each analyse their own
 * files, and each file left behind is one run's, whole.
 *
 * {@snippet class=dev.cxkit.cli.SnippetsTest region=tourData}
 */
final class TourData implements AutoCloseable {
  static final String EVENTS = "events.synthetic.csv";
  static final String SURVEY = "survey.synthetic.csv";
  static final int RESPONDENTS = 400;

  private final Path dir;
  private final Path work;
  private final long events;

  private TourData(Path dir, Path work, long events) {
    this.dir = dir;
    this.work = work;
    this.events = events;
  }

  /**
   * Writes {@code customers} walks of {@code map} and the survey answers, seeded by {@code seed}.
   */
  static TourData write(Path dir, JourneyMap map, int customers, long seed) throws IOException {
    AtomicFile.createDirectories(dir);
    Path work = Files.createTempDirectory(dir.toAbsolutePath(), ".cx-tour-");
    try {
      long events = SyntheticJourneys.write(map, customers, seed, work.resolve(EVENTS));
      new SyntheticSurvey(RESPONDENTS, seed).write(work.resolve(SURVEY));
      return new TourData(dir, work, events);
    } catch (IOException | RuntimeException e) {
      delete(work);
      throw e;
    }
  }

  /** The event log, in the private directory until {@link #publish()}. */
  Path events() {
    return work.resolve(EVENTS);
  }

  /** The survey answers, in the private directory until {@link #publish()}. */
  Path survey() {
    return work.resolve(SURVEY);
  }

  /** A generated file by name, in the private directory until {@link #publish()}. */
  Path work(String name) {
    return work.resolve(name);
  }

  /** Events written. */
  long eventCount() {
    return events;
  }

  /** Moves both files into the output directory, each atomically. */
  void publish() throws IOException {
    AtomicFile.publish(events(), dir.resolve(EVENTS));
    AtomicFile.publish(survey(), dir.resolve(SURVEY));
  }

  /** Deletes the private directory and whatever is left in it. */
  @Override
  public void close() throws IOException {
    delete(work);
  }

  private static void delete(Path work) throws IOException {
    if (!Files.exists(work)) {
      return;
    }
    try (Stream<Path> files = Files.list(work)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(work);
  }
}
