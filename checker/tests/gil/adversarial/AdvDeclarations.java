// declaration rules: classes holding lock-bound fields, @NoGil parameters, overrides, misuse
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvDeclarations {
  static class HoldsDoc {
    // :: error: [gil.class.field]
    Doc doc;
    static Doc shared; // ok: a static field of a lock-bound type
    Unbound<Doc> ref; // ok: Unbound is @Ungil
    Supplier<Doc> maker; // ok: a functional interface is judged by what it captured
    Class<Doc> type; // ok
    Comparator<Doc> order; // ok
  }

  @Ungil
  static class UngilHolder {
    // :: error: [gil.class.field]
    final List<Doc> docs = new ArrayList<>();
    // :: error: [gil.class.field]
    Doc[] array;
    // :: error: [gil.class.field]
    Optional<Doc> maybe;
    // :: error: [gil.class.field]
    Map<String, List<Doc>> nested;
  }

  static class KeepsToken {
    // :: error: [gil.class.field]
    GilToken token;
  }

  // :: error: [gil.class.field]
  record Pair(Doc left, int right) {}

  enum Mode {
    ON;
    // :: error: [gil.class.field]
    Doc current;
  }

  @GilBound
  static class BoundHolder {
    Doc doc; // ok: the class is @GilBound
    List<Doc> docs;
  }

  static class Generic<T> {
    T value; // ok: T is not lock-bound
  }

  static class Sub extends Generic<Doc> {} // a Generic<Doc> holds a Doc through T

  // :: error: [gil.nogil.parameter]
  @NoGil static void lockFree(Doc doc) {}

  // :: error: [gil.nogil.parameter]
  @NoGil static void lockFreeList(List<Doc> docs) {}

  @NoGil static void lockFreeFine(int n, String s, Unbound<Doc> ref) {}

  interface Api {
    @NoGil int compute(int x);
    @WithGil void update(Doc d);
  }

  static class BadImpl implements Api {
    // :: error: [gil.override.nogil]
    public int compute(int x) { return x; }
    // :: error: [gil.override.withgil]
    public void update(Doc d) {}
  }

  static class GoodImpl implements Api {
    @NoGil public int compute(int x) { return x; }
    @WithGil public void update(Doc d) { d.touch(); }
  }

  static class Base {
    int plain(int x) { return x; }
    @WithGil void held() {}
  }

  static class AddsNoGil extends Base {
    @NoGil @Override int plain(int x) { return x; } // ok: adding @NoGil is fine
    @NoGil @Override void held() {} // ok: @NoGil honours a @WithGil contract
  }

  static class Misuse {
    // :: error: [gil.annotation.conflict]
    @NoGil @WithGil void both() {}

    // :: error: [gil.nogil.notfunctional]
    void notCode(@NoGil String s) {}

    // :: error: [gil.nogil.notfunctional]
    void notCode2(@NoGil Object o) {}

    void task(@NoGil Thread t) {} // ok: a thread carries code
    void task(@NoGil TimerTask t) {} // ok
    void task(@NoGil ForkJoinTask<?> t) {} // ok
    void task(@NoGil Task t) {} // ok: a Runnable class
    void task(@NoGil Callable<Integer> c) {} // ok

    void scopes(GilToken gil) {
      // :: error: [gil.acquire.outside.try]
      GilToken t = Gil.acquire();
      // :: error: [gil.acquire.outside.try]
      GilRelease r = gil.release();
      // :: error: [gil.acquire.outside.try]
      Gil.acquire().close();
      try (GilToken ok = Gil.acquire()) {} // ok
      try (var ok = Gil.acquire()) {} // ok
    }
  }
}
