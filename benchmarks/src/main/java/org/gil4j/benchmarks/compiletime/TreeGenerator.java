package org.gil4j.benchmarks.compiletime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the source trees of the compile-time benchmark: {@code plain}, Java that
 * never mentions gil4j, and {@code gil}, where every file uses it. Both are deterministic, spread
 * over eight packages, and at least {@code minLines} lines long. Besides the sources it writes
 * {@code sources.txt}, a javac argument file listing them.
 *
 * <pre>
 * java -cp benchmarks.jar org.gil4j.benchmarks.compiletime.TreeGenerator OUT_DIR plain|gil [MIN_LINES]
 * </pre>
 */
public final class TreeGenerator {
  private static final int PACKAGES = 8;
  private static final int PLAIN_METHODS = 16;
  private static final int MODEL_EXTRA = 6;
  private static final int SERVICE_METHODS = 16;

  private final Path root;
  private final List<Path> files = new ArrayList<>();
  private int lines;

  private TreeGenerator(Path root) {
    this.root = root;
  }

  /** Parses the arguments, generates the tree and prints how big it is. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3 || !(args[1].equals("plain") || args[1].equals("gil"))) {
      System.err.println("usage: TreeGenerator OUT_DIR plain|gil [MIN_LINES (default 20000)]");
      System.exit(2);
    }
    int minLines;
    try {
      minLines = args.length == 3 ? Integer.parseInt(args[2]) : 20_000;
    } catch (NumberFormatException e) {
      System.err.println("MIN_LINES must be a number: " + args[2]);
      System.exit(2);
      return;
    }
    TreeGenerator g = new TreeGenerator(Path.of(args[0]));
    if (args[1].equals("plain")) {
      g.plain(minLines);
    } else {
      g.gil(minLines);
    }
    g.writeArgFile();
    System.out.printf("%s tree: %d files, %d lines in %s%n", args[1], g.files.size(), g.lines,
        g.root.resolve("src"));
  }

  /** Units that never mention gil4j, until {@code minLines} is reached. */
  private void plain(int minLines) throws IOException {
    for (int n = 0; lines < minLines; n++) {
      String pkg = "gen.plain.p" + (n % PACKAGES);
      String prev = n >= PACKAGES ? "Unit" + (n - PACKAGES) : null;
      write(pkg, "Unit" + n, PlainUnits.unit(pkg, n, prev, PLAIN_METHODS));
    }
  }

  /** Model and service pairs using gil4j, until {@code minLines} is reached. */
  private void gil(int minLines) throws IOException {
    for (int n = 0; lines < minLines; n++) {
      String pkg = "gen.gil.p" + (n % PACKAGES);
      String prev = n >= PACKAGES ? "Model" + (n - PACKAGES) : null;
      write(pkg, "Model" + n, GilUnits.model(pkg, n, MODEL_EXTRA));
      write(pkg, "Service" + n, GilUnits.service(pkg, n, prev, SERVICE_METHODS));
    }
  }

  /** Writes one compilation unit under {@code src/}. */
  private void write(String pkg, String type, SourceWriter source) throws IOException {
    Path dir = root.resolve("src").resolve(pkg.replace('.', '/'));
    Files.createDirectories(dir);
    Path file = dir.resolve(type + ".java");
    Files.writeString(file, source.toString(), StandardCharsets.UTF_8);
    files.add(file);
    lines += source.lines();
  }

  /** Writes {@code sources.txt}, one absolute path a line, for {@code javac @sources.txt}. */
  private void writeArgFile() throws IOException {
    StringBuilder list = new StringBuilder();
    for (Path f : files) {
      list.append(f.toAbsolutePath()).append('\n');
    }
    Files.writeString(root.resolve("sources.txt"), list.toString(), StandardCharsets.UTF_8);
  }
}
