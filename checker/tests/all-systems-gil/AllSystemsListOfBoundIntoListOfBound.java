// adding to a List<Foo> keeps boundness
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsListOfBoundIntoListOfBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void collect(List<Foo> out, Foo foo) {
    out.add(foo); // ok: the holder is lock-bound
  }
}
