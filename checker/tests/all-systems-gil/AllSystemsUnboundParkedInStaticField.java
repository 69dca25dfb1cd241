// an Unbound<T> may be parked anywhere
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsUnboundParkedInStaticField {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static Unbound<Foo> parked;
  static Object anything;
  void keep(GilToken gil, Foo foo) {
    parked = gil.unbind(foo);
    anything = gil.unbind(foo); // ok: Unbound is @Ungil
  }
}
