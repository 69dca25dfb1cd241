// sequential map lambdas in a held section
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsMapInHeldSection {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  List<Integer> values(GilToken gil, List<Foo> foos) {
    return foos.stream().map(f -> f.get()).collect(Collectors.toList()); // ok: held, inline
  }
}
