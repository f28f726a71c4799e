/**
 * The {@code cx} command line: picocli commands, each a thin layer over the public cxkit API, the
 * guided tour and JShell. Start at {@link dev.cxkit.cli.CxCommand}, or with {@code ./cx tour} in a
 * shell. Every command runs from Java as it does from the shell:
 *
 * {@snippet class=dev.cxkit.cli.SnippetsTest region=cliPackage}
 *
 * <h2>How a command prints its result (the pattern for every new command)</h2>
 *
 * <ol>
 *   <li>Add {@code @Mixin FormatOption output;} for {@code --format table|csv|json}.
 *   <li>Describe each list of records as a {@link dev.cxkit.cli.Table} of typed {@link
 *       dev.cxkit.cli.Column columns}; the column's kind is its meaning and fixes its decimals in
 *       every row: {@code count} (integers), {@code amount} (fractional or expected counts,
 *       durations: 2), {@code money} (2), {@code proportion} (shares, rates, probabilities: 4),
 *       {@code estimate} (parameters, scores, statistics: 4), {@code text}, {@code texts} (a JSON
 *       array), {@code flag} (a JSON boolean); {@code .orNull()} where "not available" is a
 *       legitimate answer (document why in the schema). Names are snake_case.
 *   <li>Collect them in a {@link dev.cxkit.cli.Result}: {@code new Result("churn fit")
 *       .field(Column.count("customers"), n).list("parameters", table).print(out, output.format)}.
 *       Never print numbers yourself: a NaN or infinite cell is refused with exit status 2 ("the
 *       result X is Infinity, not a finite number"), never printed.
 *   <li>Add {@code docs/schema/cli/COMMAND.schema.json} (draft 2020-12; the file name is the
 *       command path with dashes, e.g. {@code clv-fit}) and a test that validates real output with
 *       {@code CliSchemas.assertValid}; {@code JsonOutputTest} fails while a command with {@code
 *       --format} has no schema, {@code HelpTextTest} while its {@code --help} warns or lacks an
 *       example.
 *   <li>Files a command writes go through {@link dev.cxkit.cli.AtomicFile} (temporary file in the
 *       same directory, then an atomic move); input files need nothing: every option of type {@link
 *       java.nio.file.Path} except {@code --out} is checked before the command runs.
 *   <li>Messages with user text need nothing either: the error handlers pass every message through
 *       the one diagnostic sanitizer, {@code Checks.printable}. Sentences with counts use {@link
 *       dev.cxkit.cli.Plural}.
 * </ol>
 *
 * <p>All escaping (CSV formula guard and quoting, JSON strings, markup, Mermaid, DOT, terminal
 * text) is cx-render's {@link dev.cxkit.render.text.Escape}; the command line has no escaper of its
 * own.
 *
 * <h2>The report (and the tour, one call of it)</h2>
 *
 * <p>{@link dev.cxkit.cli.ReportCommand} takes each input as a section named after the command
 * whose options it takes; a command's options live in a mixin both use ({@code EventInput}, {@code
 * MapInput}, {@code SurveyInput}, ...), never twice. A part of the report is a {@link
 * dev.cxkit.cli.ReportPart}: its headings (known before anything is read), its assumptions (stated
 * once in the introduction) and its writing through {@link dev.cxkit.cli.ReportOutput}, which says
 * every sentence, note, list and table on the console and in the page alike, so both agree number
 * for number ({@code ReportPages.assertAgree} in the tests). To add a part: a mixin for its
 * options, a section in {@code ReportSections}, a {@code ReportPart}, its place in {@link
 * dev.cxkit.cli.Report#of}.
 */
@NullMarked
package dev.cxkit.cli;

import org.jspecify.annotations.NullMarked;
