// suppression on one method leaves the next one checked
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class SuppressOnOneMethodOnly {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @SuppressWarnings("gil")
  int quiet(GilToken gil, Foo foo) {
    return gil.allowThreads(() -> foo.get()); // suppressed: whole checker
  }
  int loud(GilToken gil, Foo foo) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> foo.get());
  }
}
