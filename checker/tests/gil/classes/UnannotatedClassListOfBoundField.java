// an unannotated class with a List<Foo> field
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class UnannotatedClassListOfBoundField {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static class Holder {
    // :: error: [gil.class.field]
    final List<Foo> foos = new ArrayList<>();
  }
}
