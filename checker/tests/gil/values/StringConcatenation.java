// string concatenation "" + doc in a lock-free section calls doc.toString(): a use
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StringConcatenation {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  String work(GilToken gil, Doc doc) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> "" + doc);
  }
}
