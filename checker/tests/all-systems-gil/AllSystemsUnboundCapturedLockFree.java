// Unbound<T> is @Ungil whatever T is
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsUnboundCapturedLockFree {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  Object keep(GilToken gil, Foo foo) {
    Unbound<Foo> ref = gil.unbind(foo);
    return gil.allowThreads(() -> ref); // ok: an Unbound crosses lock-free code
  }
}
