package org.gil4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The scores of one run, read from JMH's CSV result files ({@code -rf csv}) and from the metric
 * lines some benchmarks print into their log ({@code [metric] KEY VALUE mean|max|sum}). A score is
 * named by its benchmark (with JMH's secondary suffix such as {@code :p0.50}, or a metric's) and
 * the benchmark's parameters; {@link #find} looks one up by the end of its name and a subset of
 * its parameters, written {@code ConvoyWorkBenchmark.op:p0.50[cpus=1,lock=gil]}.
 */
final class Scores {
  /** One score: the benchmark's full name, its parameters, the value. */
  record Score(String name, Map<String, String> params, double value) {}

  private final List<Score> scores;

  private Scores(List<Score> scores) {
    this.scores = scores;
  }

  /** Whether nothing was read. */
  boolean isEmpty() {
    return scores.isEmpty();
  }

  /**
   * Reads {@code path}: a CSV file, a log ({@code .txt}), or a directory, whose {@code .csv} and
   * {@code .txt} files are all read (one run's results).
   */
  static Scores read(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> listing = Files.list(path)) {
        listing
            .filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".txt"))
            .sorted()
            .forEach(files::add);
      }
    } else {
      files.add(path);
    }
    List<Score> all = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (file.toString().endsWith(".csv")) {
        readCsv(lines, all);
      } else {
        readMetrics(lines, all);
      }
    }
    return new Scores(all);
  }

  /**
   * The value named by {@code key} ({@code name-suffix[param=value,...]}), or null: the first score
   * whose name ends with the suffix (after a dot) and whose parameters include the given ones.
   */
  Double find(String key) {
    int bracket = key.indexOf('[');
    String suffix = bracket < 0 ? key : key.substring(0, bracket);
    Map<String, String> wanted =
        bracket < 0 ? Map.of() : parseParams(key.substring(bracket + 1, key.length() - 1));
    for (Score s : scores) {
      boolean named = s.name().equals(suffix) || s.name().endsWith("." + suffix);
      if (named && s.params().entrySet().containsAll(wanted.entrySet())) {
        return s.value();
      }
    }
    return null;
  }

  /** JMH's CSV: name, mode, threads, samples, score, error, unit, then one column per parameter. */
  private static void readCsv(List<String> lines, List<Score> into) {
    if (lines.isEmpty()) {
      return;
    }
    List<String> header = splitCsv(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = splitCsv(line);
      if (cells.size() < 5) {
        continue;
      }
      Map<String, String> params = new TreeMap<>();
      for (int i = 7; i < cells.size() && i < header.size(); i++) {
        if (header.get(i).startsWith("Param: ") && !cells.get(i).isEmpty()) {
          params.put(header.get(i).substring("Param: ".length()), cells.get(i));
        }
      }
      try {
        into.add(new Score(cells.get(0), params, Double.parseDouble(cells.get(4))));
      } catch (NumberFormatException e) {
        // A row without a numeric score (a failed benchmark) gives no ratio.
      }
    }
  }

  /** Metric lines; several lines with one key (one per fork or thread) become one score. */
  private static void readMetrics(List<String> lines, List<Score> into) {
    Map<String, List<Double>> values = new LinkedHashMap<>();
    Map<String, String> how = new LinkedHashMap<>();
    for (String line : lines) {
      String[] words = line.trim().split("\\s+");
      if (words.length != 4 || !words[0].equals("[metric]")) {
        continue;
      }
      try {
        values.computeIfAbsent(words[1], k -> new ArrayList<>()).add(Double.parseDouble(words[2]));
        how.put(words[1], words[3]);
      } catch (NumberFormatException e) {
        // Not a metric line after all.
      }
    }
    for (Map.Entry<String, List<Double>> e : values.entrySet()) {
      List<Double> v = e.getValue();
      String combine = how.get(e.getKey());
      double value =
          "max".equals(combine)
              ? Collections.max(v)
              : "sum".equals(combine)
                  ? v.stream().mapToDouble(Double::doubleValue).sum()
                  : v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      String key = e.getKey();
      int bracket = key.indexOf('[');
      String name = bracket < 0 ? key : key.substring(0, bracket);
      Map<String, String> params =
          bracket < 0 ? Map.of() : parseParams(key.substring(bracket + 1, key.length() - 1));
      into.add(new Score(name, params, value));
    }
  }

  /** {@code a=1,b=x} as a map. */
  private static Map<String, String> parseParams(String list) {
    Map<String, String> params = new TreeMap<>();
    for (String pair : list.split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        params.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return params;
  }

  /** Splits one CSV line whose cells may be quoted (no escaped quotes occur in JMH output). */
  private static List<String> splitCsv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
