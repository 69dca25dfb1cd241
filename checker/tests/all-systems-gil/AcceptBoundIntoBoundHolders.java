// bound values into holders whose type argument is bound
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AcceptBoundIntoBoundHolders {
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
  void work(Doc doc, List<Doc> docs, Map<String, Doc> byName) {
    docs.add(doc);
    byName.put("a", doc);
    byName.computeIfAbsent("b", k -> doc);
    List<Doc> copy = List.of(doc);
    Optional<Doc> maybe = Optional.of(doc);
    Collections.addAll(docs, doc);
    Doc[] arr = {doc};
  }
}
