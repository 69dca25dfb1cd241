// strategy 2: unbind before allowThreads, bind inside a nested withGil
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsUnbindThenBindInWithGil {
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
    return gil.allowThreads(() -> Gil.withGil(g -> ref.bind(g).get())); // ok: re-acquired
  }
}
