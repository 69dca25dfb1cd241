// a lock-bound value captured but named only inside a nested withGil
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsBoundNamedOnlyInNestedWithGil {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int count(GilToken gil, Foo numbers) {
    return gil.allowThreads(() -> {
      int local = 21;
      return local + Gil.withGil(g -> numbers.get()); // ok: named only in the held section
    });
  }
}
