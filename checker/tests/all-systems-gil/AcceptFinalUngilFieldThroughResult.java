// reading a final @Ungil field of a bound object is fine in lock-free code, also through a method result
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AcceptFinalUngilFieldThroughResult {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  int work(GilToken gil, Registry registry, Doc doc) {
    return gil.allowThreads(() -> doc.size + registry.current().size);
  }
}
