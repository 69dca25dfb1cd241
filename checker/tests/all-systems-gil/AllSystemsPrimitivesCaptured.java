// primitives are @Ungil
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsPrimitivesCaptured {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int sum(GilToken gil, Foo foo) {
    int n = foo.get(); // held: the method takes a token
    long big = 3L;
    return gil.allowThreads(() -> (int) (n + big)); // ok: primitive copies
  }
}
