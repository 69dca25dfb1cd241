// a key for another rule does not silence this one
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class SuppressWrongKeyStillReports {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @SuppressWarnings("gil:gil.escape.store")
  int count(GilToken gil, Foo foo) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> foo.get());
  }
}
