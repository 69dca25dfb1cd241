// a @NoGil static method doing arithmetic on its parameters
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsNoGilStaticUtility {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @NoGil static long checksum(int[] data) {
    long acc = 0;
    for (int d : data) {
      acc = acc * 31 + d;
    }
    return acc;
  }
}
