// two different values in one section: one error each
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TwoValuesTwoErrors {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  int work(GilToken gil, Doc a, Doc b) {
    return gil.allowThreads(() -> {
      // :: error: [gil.nogil.use]
      int x = a.n;
      // :: error: [gil.nogil.use]
      return x + b.n + a.n;
    });
  }
}
