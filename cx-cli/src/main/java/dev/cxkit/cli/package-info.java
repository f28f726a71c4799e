/**
 * The {@code cx} command line: picocli commands, each a thin layer over the public cxkit API, the
 * guided tour and JShell. Start at {@link dev.cxkit.cli.CxCommand}.
 *
 * <pre>{@code
 * ./cx tour
 * ./cx attribution --input paths.csv --model markov,linear --format csv
 * }</pre>
 */
@NullMarked
package dev.cxkit.cli;

import org.jspecify.annotations.NullMarked;
