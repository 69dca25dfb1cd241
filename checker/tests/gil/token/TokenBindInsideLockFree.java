// ref.bind(gil) inside the lock-free lambda
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TokenBindInsideLockFree {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int count(GilToken gil, Foo numbers) {
    Unbound<Foo> ref = gil.unbind(numbers);
    // :: error: [gil.nogil.token]
    return gil.allowThreads(() -> ref.bind(gil).get());
  }
}
