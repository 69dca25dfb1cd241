package org.gil4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parsed command line of {@code gil4j-check}.
 *
 * <p>Hand-written rather than taken from an argument library: the tool has six options, and a
 * usage error must be exactly one line that says what to do, which is simpler to guarantee here
 * than to configure.
 */
final class Options {

  /** The output formats {@code --format} accepts. */
  enum Format {
    TEXT,
    SARIF,
    JSON
  }

  /** What the user asked for besides a check. */
  enum Action {
    CHECK,
    HELP,
    VERSION
  }

  Action action = Action.CHECK;
  String classpath = "";
  String release;
  Format format = Format.TEXT;
  Path output;
  boolean quiet;
  final List<Path> paths = new ArrayList<>();

  private Options() {}

  /** Thrown for a command line that cannot be run; the message is the one line to print. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static Options parse(String[] args) throws UsageException {
    Options options = new Options();
    boolean onlyPaths = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (onlyPaths || !arg.startsWith("-") || arg.equals("-")) {
        options.paths.add(Path.of(arg));
        continue;
      }
      String name = arg;
      String inline = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        inline = arg.substring(eq + 1);
      }
      switch (name) {
        case "--":
          onlyPaths = true;
          break;
        case "-h":
        case "--help":
          options.action = Action.HELP;
          return options;
        case "--version":
          options.action = Action.VERSION;
          return options;
        case "-q":
        case "--quiet":
          options.quiet = true;
          break;
        case "-cp":
        case "--classpath":
        case "--class-path":
          options.classpath = inline != null ? inline : value(args, ++i, name);
          break;
        case "--release":
          options.release = inline != null ? inline : value(args, ++i, name);
          if (!options.release.matches("[0-9]{1,3}")) {
            throw new UsageException(
                "--release takes a Java version number such as 17, not '" + options.release + "'");
          }
          break;
        case "--format":
          String format = inline != null ? inline : value(args, ++i, name);
          try {
            options.format = Format.valueOf(format.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new UsageException(
                "--format takes text, sarif or json, not '" + format + "'");
          }
          break;
        case "-o":
        case "--output":
          options.output = Path.of(inline != null ? inline : value(args, ++i, name));
          break;
        default:
          throw new UsageException("unknown option " + arg + " (gil4j-check --help lists them)");
      }
    }
    if (options.paths.isEmpty()) {
      throw new UsageException(
          "no source path given: gil4j-check [options] PATH... (a .java file or a directory)");
    }
    return options;
  }

  private static String value(String[] args, int i, String name) throws UsageException {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new UsageException(name + " needs a value (gil4j-check --help)");
    }
    return args[i];
  }

  static String usage() {
    return String.join(
        System.lineSeparator(),
        "Usage: java -jar gil4j-check.jar [options] PATH...",
        "",
        "Checks Java sources with the gil4j processor and checker, without a build: every .java",
        "file named or found under a directory PATH is compiled in memory (nothing is written",
        "next to the sources) and gil4j's findings are reported.",
        "",
        "Options:",
        "  --classpath CP, -cp CP   the sources' dependencies (jars and class directories,",
        "                           separated by '" + java.io.File.pathSeparator + "'); gil4j's"
            + " annotations and runtime are added",
        "  --release N              compile for Java N (javac --release), default: this JDK",
        "  --format text|sarif|json text: javac-style lines (default); sarif: SARIF 2.1.0 for",
        "                           code scanning; json: one object with every finding",
        "  --output FILE, -o FILE   write the report to FILE instead of standard output",
        "  --quiet, -q              no progress or summary on standard error",
        "  --version                print the version and exit",
        "  --help, -h               print this help and exit",
        "",
        "Exit status: 0 no findings, 1 findings, 2 usage or setup error (one line says what to",
        "do; sources that do not compile are a setup error: pass their dependencies with",
        "--classpath).",
        "Rule pages: docs/rules/<key>.md in the gil4j repository.");
  }
}
