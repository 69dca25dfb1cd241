// an upcast never launders: Object o = doc, then stored
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class UpcastDoesNotLaunder {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  static Object sink;
  @WithGil
  void work(Doc doc) {
    Object o = doc;
    // :: error: [gil.escape.store]
    sink = o;
  }
}
