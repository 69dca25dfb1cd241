// suppression on a local variable declaration
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class SuppressOnLocalVariable {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static Object cache;
  void keep(Foo foo) {
    @SuppressWarnings("gil:gil.escape.store")
    Object unused = cache = foo; // suppressed on the declaration
  }
}
