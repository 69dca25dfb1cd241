// lock-free code that catches exceptions
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsCatchesInLockFree {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int parse(GilToken gil, String text) {
    return gil.allowThreads(() -> {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        return -1; // ok: exceptions are @Ungil
      }
    });
  }
}
