package dev.cxkit.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written so that nobody ever sees it half-written or mixed: the content goes to a temporary
 * file in the target's own directory, which is flushed to disk and then moved over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE} (a rename, atomic on POSIX file systems and NTFS). Readers
 * see the old file or the new one; of several concurrent writers, the last move wins whole.
 *
 * <p>Fallback: where the file system cannot move atomically ({@link
 * AtomicMoveNotSupportedException}), the complete temporary file is moved with {@code
 * REPLACE_EXISTING}; on such a file system a reader may find no file for a moment, but still never
 * a partial or mixed one. A temporary file that is not committed is deleted on {@link #close()}.
 *
 * {@snippet class=dev.cxkit.cli.SnippetsTest region=atomicFile}
 */
final class AtomicFile implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private boolean committed;

  private AtomicFile(Path target, Path temp) {
    this.target = target;
    this.temp = temp;
  }

  /** A new temporary file beside {@code target}; nothing is visible at {@code target} yet. */
  static AtomicFile create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null) {
      throw new IllegalArgumentException("target must be a file, was the root " + target);
    }
    createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    return new AtomicFile(absolute, temp);
  }

  /** Writes {@code text} as UTF-8 to {@code target}, atomically. */
  static void writeString(Path target, CharSequence text) throws IOException {
    try (AtomicFile f = create(target)) {
      Files.writeString(f.temp(), text, StandardCharsets.UTF_8);
      f.commit();
    }
  }

  /**
   * Creates {@code dir} and its parents as needed.
   *
   * @throws BadInputException naming the path if it, or a parent, exists and is not a directory
   */
  static void createDirectories(Path dir) throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new BadInputException(dir + ": exists and is not a directory");
    }
  }

  /** The temporary file to write (and read back) before {@link #commit()}. */
  Path temp() {
    return temp;
  }

  /** Flushes the temporary file to disk and moves it over the target. */
  void commit() throws IOException {
    publish(temp, target);
    committed = true;
  }

  /**
   * Flushes a complete file written elsewhere on the same file system (a private directory beside
   * the target) to disk and moves it over {@code target}, atomically where the file system can.
   */
  static void publish(Path complete, Path target) throws IOException {
    try (FileChannel c = FileChannel.open(complete, StandardOpenOption.WRITE)) {
      c.force(true);
    }
    try {
      Files.move(complete, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(complete, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes the temporary file unless it was committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      Files.deleteIfExists(temp);
    }
  }
}
