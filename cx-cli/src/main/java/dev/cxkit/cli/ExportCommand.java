package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.interchange.Ocel;
import dev.cxkit.journey.interchange.Xes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cx export}: journeys of an event log as XES or OCEL 2.0 for process-mining tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Assembles journeys from an event log (the options of ./cx journeys) and writes them for"
          + " process-mining tools (pm4py, ProM, Celonis): xes (IEEE 1849-2016, one trace per"
          + " journey) or ocel (OCEL 2.0 JSON: customer and journey objects)."
    },
    subcommands = {ExportCommand.XesExport.class, ExportCommand.OcelExport.class},
    footer = {
      "",
      "Example:",
      "  ./cx export --input target/cx-tour/events.synthetic.csv --type-column type \\",
      "      --gap 7d xes --out target/cx-export/journeys.xes"
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin EventInput events;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** Writes the journeys with {@code writer} to {@code out} atomically; prints a summary line. */
  int export(String format, Path out, Writer writer) throws IOException {
    if (Files.isDirectory(out)) {
      throw new BadInputException(out + ": --out names a directory, not a file");
    }
    Journeys journeys = events.journeys();
    try (AtomicFile f = AtomicFile.create(out)) {
      try (OutputStream o = Files.newOutputStream(f.temp())) {
        writer.write(journeys, o);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(events.input + ": " + e.getMessage());
      }
      f.commit();
    }
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "wrote %d journeys (%d events) as %s to %s%n",
            journeys.count(),
            journeys.eventCount(),
            format,
            out);
    return 0;
  }

  /** One export format. */
  @FunctionalInterface
  interface Writer {
    void write(Journeys journeys, OutputStream out) throws IOException;
  }

  /** {@code cx export … xes}. */
  @Command(
      name = "xes",
      mixinStandardHelpOptions = true,
      description = "An XES event log (IEEE 1849-2016): one trace per journey.",
      footer = {
        "",
        "Example:",
        "  ./cx export --input target/cx-tour/events.synthetic.csv \\",
        "      xes --out target/cx-export/journeys.xes",
        "  ./cx journeys --input journeys.xes variants --top 5"
      })
  static final class XesExport implements Callable<Integer> {
    @ParentCommand ExportCommand parent;

    @Option(names = "--out", required = true, description = "The XES file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
      return parent.export("XES", out, Xes::write);
    }
  }

  /** {@code cx export … ocel}. */
  @Command(
      name = "ocel",
      mixinStandardHelpOptions = true,
      description =
          "An OCEL 2.0 JSON log: customer and journey objects, one event per journey event.",
      footer = {
        "",
        "Example:",
        "  ./cx export --input target/cx-tour/events.synthetic.csv \\",
        "      ocel --out target/cx-export/journeys.jsonocel"
      })
  static final class OcelExport implements Callable<Integer> {
    @ParentCommand ExportCommand parent;

    @Option(names = "--out", required = true, description = "The OCEL 2.0 JSON file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
      return parent.export("OCEL 2.0 JSON", out, Ocel::write);
    }
  }
}
