// @SuppressWarnings("gil") silences every gil4j finding
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class SuppressWholeChecker {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @SuppressWarnings("gil")
  int count(GilToken gil, Foo foo) {
    return gil.allowThreads(() -> foo.get()); // suppressed: whole checker
  }
}
