/**
 * Small runnable programs, one per task a cxkit user comes with. Each class has a {@code main}
 * method and a comment saying what it shows; the build runs every one and checks its output.
 *
 * <pre>{@code
 * NpsWithIntervals.main(new String[0]);
 * }</pre>
 */
@NullMarked
package dev.cxkit.examples;

import org.jspecify.annotations.NullMarked;
