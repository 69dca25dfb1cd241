// withGil inside allowThreads inside withGil
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsNestedSections {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int nested(Foo foo) {
    return Gil.withGil(gil -> gil.allowThreads(() -> Gil.withGil(g2 -> foo.get()))); // ok
  }
}
