// a field read through supplier.get(): a use by its type
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class SupplierResultFieldRead {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  int work(GilToken gil, Supplier<Doc> supplier) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> supplier.get().n);
  }
}
