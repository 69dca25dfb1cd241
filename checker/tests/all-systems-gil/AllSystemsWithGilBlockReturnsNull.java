// a withGil block that mutates and returns null
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsWithGilBlockReturnsNull {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void bump(Foo foo) {
    Object ignored = Gil.withGil(gil -> {
      foo.v++;
      return null; // ok: null is not lock-bound
    });
  }
}
