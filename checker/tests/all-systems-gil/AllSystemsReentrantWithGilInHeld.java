// re-entrant withGil inside a held section
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsReentrantWithGilInHeld {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int again(GilToken gil, Foo foo) {
    return Gil.withGil(g -> foo.get() + Gil.withGil(g2 -> foo.get())); // ok: re-entrant
  }
}
