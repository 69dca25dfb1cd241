// storing into a static field whose type is lock-bound
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsStaticFieldOfBoundType {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static Foo current;
  void remember(Foo foo) {
    current = foo; // ok: the field's type is lock-bound
  }
}
