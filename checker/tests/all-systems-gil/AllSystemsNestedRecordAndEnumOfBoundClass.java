// records and enums nested in a @GilBound class are static, so @Ungil
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsNestedRecordAndEnumOfBoundClass {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class World {
    record Point(int x, int y) {}
    enum Mode { FAST, SLOW }
    static int run(GilToken gil, Point p, Mode m) {
      return gil.allowThreads(() -> p.x() + m.ordinal()); // ok: nested record/enum are @Ungil
    }
  }
}
