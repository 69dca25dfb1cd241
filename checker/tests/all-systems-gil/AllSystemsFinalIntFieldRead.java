// reading a final int field of a lock-bound object lock-free
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsFinalIntFieldRead {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int size(GilToken gil, Foo foo) {
    return gil.allowThreads(() -> foo.size); // ok: final @Ungil field
  }
}
