package gen;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** Every generic shape javac accepts, in an abstract class with protected constructors. */
public abstract class Shapes<K extends Comparable<K>, V> {
  protected Shapes() {}

  protected <X extends Exception> Shapes(X failure) throws X {
    if (failure != null) {
      throw failure;
    }
  }

  public abstract void unannotated();

  @WithGil
  public <T extends Number & Comparable<T>> T max(T a, T b) {
    Held.record();
    return a.compareTo(b) >= 0 ? a : b;
  }

  @WithGil
  public int wild(List<? super Integer> sink, Map<? extends K, ?> map) {
    Held.record();
    sink.add(map.size());
    return map.size();
  }

  @WithGil
  public List<String>[] arrays(List<String>[] in, K[] keys, int[][] grid) {
    Held.record();
    return in;
  }

  @SafeVarargs
  @NoGil
  public static <T> List<T> of(T... items) {
    Held.record();
    return List.of(items);
  }

  @WithGil
  public Outer<String>.Inner inner(Outer<String>.Inner inner, Outer.Nested nested) {
    Held.record();
    return inner;
  }

  @WithGil
  public synchronized int locked() {
    Held.record();
    return 1;
  }

  @NoGil
  public double math(double x) {
    Held.record();
    return x * 2;
  }

  @WithGil
  public native int viaJni();

  @WithGil
  public <X extends Throwable> void rethrow(X failure) throws X, IOException {
    Held.record();
    throw failure;
  }

  @NoGil
  public V value(V v) {
    Held.record();
    return v;
  }
}
