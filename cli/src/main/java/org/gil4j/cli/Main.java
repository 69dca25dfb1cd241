package org.gil4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code gil4j-check}: checks a Java source tree with gil4j's processor and checker, without a
 * build. Exit status 0 (no findings), 1 (findings), 2 (usage or setup error).
 */
public final class Main {
  static final int CLEAN = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;

  private Main() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line, as {@code --help} describes it
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the tool; returns the exit status instead of exiting. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (Options.UsageException e) {
      err.println("gil4j-check: " + e.getMessage());
      return USAGE;
    }
    switch (options.action) {
      case HELP:
        out.println(Options.usage());
        return CLEAN;
      case VERSION:
        out.println("gil4j-check " + version() + " (Checker Framework "
            + versionInfo().getProperty("checkerframework", "?") + ", running on Java "
            + Runtime.version() + ")");
        return CLEAN;
      default:
        break;
    }
    Optional<Module> compiler = JdkAccess.compilerModule();
    if (compiler.isEmpty()) {
      err.println("gil4j-check: this Java (" + System.getProperty("java.home")
          + ") has no compiler; run the jar with the java of a JDK 17 or newer");
      return USAGE;
    }
    if (!JdkAccess.granted(compiler.get())) {
      return relaunch(args, err);
    }
    try {
      List<Path> sources = CheckRun.sources(options.paths);
      return check(options, sources, out, err);
    } catch (Options.UsageException e) {
      err.println("gil4j-check: " + e.getMessage());
      return USAGE;
    } catch (IOException e) {
      err.println("gil4j-check: " + e.getMessage());
      return USAGE;
    }
  }

  private static int check(Options options, List<Path> sources, PrintStream out, PrintStream err)
      throws IOException {
    long start = System.nanoTime();
    CheckRun.Result result = CheckRun.run(options, sources, options.quiet ? null : err);
    Path base = Path.of("").toAbsolutePath();
    if (!result.compileErrors().isEmpty()) {
      err.print(Reports.text(result.compileErrors(), base));
      err.println("gil4j-check: " + result.compileErrors().size() + " javac error"
          + (result.compileErrors().size() == 1 ? "" : "s")
          + ", so the sources were not checked: pass their dependencies with --classpath"
          + " (and --release if they need a newer Java)");
      return USAGE;
    }
    String report;
    switch (options.format) {
      case SARIF:
        report = Reports.sarif(result, base, version());
        break;
      case JSON:
        report = Reports.json(result, base, version());
        break;
      default:
        report = Reports.text(result.findings(), base);
        break;
    }
    if (options.output != null) {
      Path parent = options.output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(options.output, report, StandardCharsets.UTF_8);
    } else {
      out.print(report);
      out.flush();
    }
    long errors = result.findings().stream().filter(Finding::error).count();
    long warnings = result.findings().size() - errors;
    if (!options.quiet) {
      err.printf("gil4j-check: %d file%s, %d error%s, %d warning%s (%.1f s)%n",
          result.files(), result.files() == 1 ? "" : "s",
          errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s",
          (System.nanoTime() - start) / 1e9);
    }
    return result.findings().isEmpty() ? CLEAN : FINDINGS;
  }

  private static int relaunch(String[] args, PrintStream err) {
    Optional<List<String>> command = JdkAccess.relaunchCommand(args);
    if (command.isEmpty()) {
      err.println("gil4j-check: javac's internals are not open to the checker; run it as"
          + " java -jar gil4j-check.jar, or add " + String.join(" ", JdkAccess.jvmFlags()));
      return USAGE;
    }
    try {
      Process child = new ProcessBuilder(command.get()).inheritIO().start();
      return child.waitFor();
    } catch (IOException e) {
      err.println("gil4j-check: cannot start " + command.get().get(0) + ": " + e.getMessage());
      return USAGE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("gil4j-check: interrupted");
      return USAGE;
    }
  }

  static String version() {
    return versionInfo().getProperty("version", "unknown");
  }

  private static Properties versionInfo() {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // --version then prints "unknown"; nothing else depends on it.
    }
    return p;
  }
}
