// withGil returning gil.unbind(value)
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsWithGilReturnsUnbound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  Unbound<Foo> detach(Foo foo) {
    return Gil.withGil(g -> g.unbind(foo)); // ok: Unbound is @Ungil
  }
}
