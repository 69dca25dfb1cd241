// a @GilBound class may hold lock-bound fields
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsBoundStoredInBoundField {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class Graph {
    Foo root;
    final List<Foo> nodes = new ArrayList<>();
    void add(Foo foo) {
      root = foo;
      nodes.add(foo);
    }
  }
}
