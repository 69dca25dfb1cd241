package org.gil4j.benchmarks.compiletime;

/**
 * Writes compilation units that never mention gil4j: records, collections, generics, lambdas and
 * streams, the kind of code a team has before it adopts gil4j. The checker must give them no
 * diagnostic and should cost next to nothing on them (at most 1.2 times javac).
 */
final class PlainUnits {
  private PlainUnits() {}

  /** The source of class {@code Unit<n>} in package {@code pkg}, using {@code prev} if not null. */
  static SourceWriter unit(String pkg, int n, String prev, int methods) {
    SourceWriter w = new SourceWriter();
    String name = "Unit" + n;
    w.line("package " + pkg + ";").line("");
    for (String imp :
        new String[] {
          "java.util.ArrayList", "java.util.Comparator", "java.util.HashMap", "java.util.List",
          "java.util.Map", "java.util.Optional", "java.util.function.Function",
          "java.util.stream.Collectors"
        }) {
      w.line("import " + imp + ";");
    }
    w.line("");
    w.line("/** Generated unit " + n + ": ordinary Java that never mentions gil4j. */");
    w.open("public class " + name + " {");
    w.line("/** One named value. */");
    w.line("public record Entry(String key, int value) {}");
    w.line("");
    w.line("private final List<Entry> entries = new ArrayList<>();");
    w.line("private final Map<String, Integer> index = new HashMap<>();");
    w.line("private int total;");
    w.line("");
    w.line("/** Adds one entry. */");
    w.open("public void add(String key, int value) {");
    w.line("entries.add(new Entry(key, value));");
    w.line("index.merge(key, value, Integer::sum);");
    w.line("total += value;");
    w.close("}");
    w.line("");
    w.line("/** The largest entry, if any. */");
    w.open("public Optional<Entry> largest() {");
    w.line("return entries.stream().max(Comparator.comparingInt(Entry::value));");
    w.close("}");
    w.line("");
    for (int m = 0; m < methods; m++) {
      method(w, n, m, prev);
    }
    w.line("/** The running total. */");
    w.open("public int total() {");
    w.line("return total;");
    w.close("}");
    w.close("}");
    return w;
  }

  /** One of several method shapes, chosen by {@code m}. */
  private static void method(SourceWriter w, int n, int m, String prev) {
    switch (m % 4) {
      case 0 -> {
        w.line("/** Sums the values whose key starts with {@code prefix}. */");
        w.open("public long sumPrefix" + m + "(String prefix) {");
        w.line("long sum = 0;");
        w.open("for (Entry e : entries) {");
        w.open("if (e.key().startsWith(prefix) && e.value() % " + (m + 2) + " != 0) {");
        w.line("sum += (long) e.value() * " + (n % 7 + 1) + ";");
        w.close("}");
        w.close("}");
        w.line("return sum;");
        w.close("}");
      }
      case 1 -> {
        w.line("/** Groups keys by their length. */");
        w.open("public Map<Integer, List<String>> byLength" + m + "() {");
        w.line("return entries.stream()");
        w.line("    .filter(e -> e.value() > " + m + ")");
        w.line("    .map(Entry::key)");
        w.line("    .collect(Collectors.groupingBy(String::length));");
        w.close("}");
      }
      case 2 -> {
        w.line("/** Applies {@code f} to every value and returns the results. */");
        w.open("public <T extends Comparable<T>> List<T> mapSorted" + m + "(Function<Integer, T> f) {");
        w.line("List<T> out = new ArrayList<>();");
        w.open("for (int i = 0; i < entries.size(); i++) {");
        w.line("out.add(f.apply(entries.get(i).value() + i));");
        w.close("}");
        w.line("out.sort(Comparator.naturalOrder());");
        w.line("return out;");
        w.close("}");
      }
      default -> {
        w.line("/** Combines this unit with another one. */");
        if (prev != null) {
          w.open("public int combine" + m + "(" + prev + " other) {");
          w.line("other.add(\"u" + n + "m" + m + "\", total);");
          w.line("return other.total() + index.getOrDefault(\"k" + m + "\", 0);");
        } else {
          w.open("public int combine" + m + "(" + "Unit" + n + " other) {");
          w.line("return other.total() + index.getOrDefault(\"k" + m + "\", 0);");
        }
        w.close("}");
      }
    }
    w.line("");
  }
}
