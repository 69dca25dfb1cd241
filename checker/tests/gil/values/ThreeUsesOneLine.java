// a variable used three times on one line in one section: one error
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ThreeUsesOneLine {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  int work(GilToken gil, Doc doc) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> doc.n + doc.n + doc.size());
  }
}
