// subclasses inherit @GilBound
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllowThreadsCapturesSubclassOfBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static class Sub extends Foo {}
  int count(GilToken gil, Sub sub) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> sub.get());
  }
}
