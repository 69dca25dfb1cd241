// Gil.acquire() and release() in try-with-resources headers
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsAcquireAndReleaseInTryHeaders {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int work(Foo foo) {
    try (GilToken gil = Gil.acquire()) {
      int n = foo.get();
      try (GilRelease released = gil.release()) {
        n = n * 2; // ok: only a primitive here
      }
      return n + foo.get();
    }
  }
}
