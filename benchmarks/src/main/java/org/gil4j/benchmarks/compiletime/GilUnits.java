package org.gil4j.benchmarks.compiletime;

/**
 * Writes compilation units that all use gil4j the way DESIGN.md allows: a {@code @GilBound} model
 * class and a service that reaches it through {@code Gil.withGil}, {@code Gil.acquire()}, {@code
 * allowThreads}, {@code release()} scopes, {@code unbind}/{@code bind} and {@code @NoGil}
 * helpers. Every pattern here is one the checker must accept, so the tree compiles with zero
 * diagnostics (the checker should cost at most 5 times javac on it).
 */
final class GilUnits {
  private GilUnits() {}

  /** The source of {@code @GilBound class Model<n>} with {@code extra} additional mutators. */
  static SourceWriter model(String pkg, int n, int extra) {
    SourceWriter w = new SourceWriter();
    String name = "Model" + n;
    w.line("package " + pkg + ";").line("");
    w.line("import java.util.ArrayList;");
    w.line("import java.util.List;");
    w.line("import org.gil4j.GilToken;");
    w.line("import org.gil4j.annotations.GilBound;");
    w.line("import org.gil4j.annotations.NoGil;");
    w.line("");
    w.line("/** Generated lock-bound model " + n + ": touched only while the lock is held. */");
    w.line("@GilBound");
    w.open("public class " + name + " {");
    w.line("private final int[] values;");
    w.line("private final List<String> log = new ArrayList<>();");
    w.line("private final int capacity;");
    w.line("");
    w.line("/** A model of {@code size} zeros. */");
    w.open("public " + name + "(int size) {");
    w.line("values = new int[size];");
    w.line("capacity = size;");
    w.close("}");
    w.line("");
    w.line("/** The number of values. */");
    w.open("public int size() {");
    w.line("return capacity;");
    w.close("}");
    w.line("");
    w.line("/** The value at {@code i}. */");
    w.open("public int get(int i) {");
    w.line("return values[i];");
    w.close("}");
    w.line("");
    w.line("/** Sets the value at {@code i}. */");
    w.open("public void set(int i, int v) {");
    w.line("values[i] = v;");
    w.line("log.add(\"set \" + i);");
    w.close("}");
    w.line("");
    w.line("/** A copy of the values, safe to use without the lock. */");
    w.open("public int[] snapshot() {");
    w.line("return values.clone();");
    w.close("}");
    w.line("");
    w.line("/** Overwrites the values with {@code data}. */");
    w.open("public void store(int[] data) {");
    w.line("System.arraycopy(data, 0, values, 0, Math.min(data.length, values.length));");
    w.close("}");
    w.line("");
    w.line("/** Fills the values, giving waiters a chance afterwards. */");
    w.open("public void fill(GilToken gil, int v) {");
    w.open("for (int i = 0; i < values.length; i++) {");
    w.line("values[i] = v + i;");
    w.close("}");
    w.line("gil.checkpoint();");
    w.close("}");
    w.line("");
    w.line("/** A checksum of plain data: lock-free. */");
    w.line("@NoGil");
    w.open("public static long checksum(int[] data) {");
    w.line("long sum = " + n + ";");
    w.open("for (int d : data) {");
    w.line("sum = sum * 17 + d;");
    w.close("}");
    w.line("return sum;");
    w.close("}");
    w.line("");
    for (int m = 0; m < extra; m++) {
      w.line("/** Scales every value by {@code factor} and records it. */");
      w.open("public void scale" + m + "(int factor) {");
      w.open("for (int i = 0; i < values.length; i++) {");
      w.line("values[i] = values[i] * factor + " + m + ";");
      w.close("}");
      w.line("log.add(\"scale" + m + "\");");
      w.close("}");
      w.line("");
    }
    w.line("/** How many changes were logged. */");
    w.open("public int changes() {");
    w.line("return log.size();");
    w.close("}");
    w.close("}");
    return w;
  }

  /** The source of {@code Service<n>}, driving {@code Model<n>} (and {@code prev} if not null). */
  static SourceWriter service(String pkg, int n, String prev, int methods) {
    SourceWriter w = new SourceWriter();
    String name = "Service" + n;
    String model = "Model" + n;
    w.line("package " + pkg + ";").line("");
    w.line("import org.gil4j.Gil;");
    w.line("import org.gil4j.GilRelease;");
    w.line("import org.gil4j.GilToken;");
    w.line("import org.gil4j.Unbound;");
    w.line("import org.gil4j.annotations.NoGil;");
    w.line("");
    w.line("/** Generated service " + n + ": reaches model " + n + " through the lock. */");
    w.open("public final class " + name + " {");
    w.open("private " + name + "() {");
    w.close("}");
    w.line("");
    w.line("/** Lock-free arithmetic over plain data. */");
    w.line("@NoGil");
    w.open("static long compute(int[] data, int salt) {");
    w.line("long acc = salt;");
    w.open("for (int i = 0; i < data.length; i++) {");
    w.line("acc = (acc * 31 + data[i]) % 1_000_000_007L;");
    w.close("}");
    w.line("return acc;");
    w.close("}");
    w.line("");
    for (int m = 0; m < methods; m++) {
      switch (m % 4) {
        case 0 -> copyOut(w, model, m);
        case 1 -> unbind(w, model, m);
        case 2 -> scopes(w, model, m);
        default -> consumer(w, model, prev, m);
      }
      w.line("");
    }
    w.close("}");
    return w;
  }

  /** Strategy 1: copy out under the lock, compute lock-free, write back. */
  private static void copyOut(SourceWriter w, String model, int m) {
    w.line("/** Copies, computes without the lock, writes back. */");
    w.open("public static long copyOut" + m + "(" + model + " model) {");
    w.open("return Gil.withGil(gil -> {");
    w.line("int[] copy = model.snapshot();");
    w.line("long result = gil.allowThreads(() -> compute(copy, " + m + "));");
    w.line("model.set(0, (int) (result % 1000));");
    w.line("return result;");
    w.close("});");
    w.close("}");
  }

  /** Strategy 2: unbind, release, re-acquire briefly per element. */
  private static void unbind(SourceWriter w, String model, int m) {
    w.line("/** Unbinds the model and re-acquires the lock per element. */");
    w.open("public static long unbind" + m + "(" + model + " model) {");
    w.open("return Gil.withGil(gil -> {");
    w.line("Unbound<" + model + "> ref = gil.unbind(model);");
    w.line("int n = model.size();");
    w.open("return gil.allowThreads(() -> {");
    w.line("long acc = " + m + ";");
    w.open("for (int i = 0; i < n; i++) {");
    w.line("int k = i;");
    w.line("acc += Gil.withGil(g -> ref.bind(g).get(k));");
    w.close("}");
    w.line("return acc;");
    w.close("});");
    w.close("});");
    w.close("}");
  }

  /** The scope forms: {@code Gil.acquire()} and a {@code release()} scope inside it. */
  private static void scopes(SourceWriter w, String model, int m) {
    w.line("/** Holds the lock in a scope and releases it around the computation. */");
    w.open("public static long scopes" + m + "(" + model + " model) {");
    w.open("try (GilToken gil = Gil.acquire()) {");
    w.line("int[] copy = model.snapshot();");
    w.line("long r;");
    w.open("try (GilRelease released = gil.release()) {");
    w.line("r = compute(copy, " + m + ") + " + model + ".checksum(copy);");
    w.close("}");
    w.line("model.store(copy);");
    w.line("gil.checkpoint();");
    w.line("return r;");
    w.close("}");
    w.close("}");
  }

  /** {@code Gil.runWithGil} with token-taking calls, re-entrant nesting and a second model. */
  private static void consumer(SourceWriter w, String model, String prev, int m) {
    w.line("/** Fills the model under the lock, nesting a re-entrant withGil. */");
    String extra = prev == null ? "" : ", " + prev + " other";
    w.open("public static void fill" + m + "(" + model + " model, int v" + extra + ") {");
    w.open("Gil.runWithGil(gil -> {");
    w.line("model.fill(gil, v);");
    w.line("model.scale" + (m % 3) + "(" + (m + 2) + ");");
    w.line("int first = Gil.withGil(inner -> model.get(0));");
    if (prev != null) {
      w.line("other.set(0, first + model.changes());");
    } else {
      w.line("model.set(0, first + model.changes());");
    }
    w.close("});");
    w.close("}");
  }
}
