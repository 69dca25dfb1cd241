// your own <T> T keep(T) whose result goes into an Object static field
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class GenericHelperIntoStatic {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  static <T> T keep(T t) { return t; }
  static Object sink;
  @WithGil
  void work(Doc doc) {
    // :: error: [gil.escape.store]
    sink = keep(doc);
  }
}
