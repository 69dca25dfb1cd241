// @SuppressWarnings("gil:<key>") silences that key
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class SuppressOneKey {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @SuppressWarnings("gil:gil.nogil.use")
  int count(GilToken gil, Foo foo) {
    return gil.allowThreads(() -> foo.get()); // suppressed: gil.nogil.use
  }
}
