// a parallel stream kept in a local variable: its operations run in parallel
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StreamKeptInLocalVariable {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(List<String> xs, Doc doc) {
    Stream<String> s = xs.parallelStream();
    // :: error: [gil.nogil.use]
    s.forEach(x -> doc.size());
  }
}
