// forEach lambdas inline in a held section
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsForEachInHeldSection {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void each(List<Foo> foos) {
    Gil.runWithGil(gil -> foos.forEach(f -> f.v++)); // ok: forEach runs inline, held
  }
}
