// Arrays.asList(doc) into a List<Object>
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class VarargsArraysAsList {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  @WithGil
  void work(Doc doc, List<Doc> docs, List<Object> objects, Map<String, Object> map,
      List<Callable<Integer>> tasks) {
    // :: error: [gil.escape.store]
    List<Object> l = Arrays.asList(doc);
  }
}
