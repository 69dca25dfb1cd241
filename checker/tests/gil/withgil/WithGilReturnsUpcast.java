// an upcast inside withGil does not launder boundness
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class WithGilReturnsUpcast {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  Object leak(Foo foo) {
    // :: error: [gil.withgil.result]
    return Gil.withGil(gil -> (Object) foo);
  }
}
