// methods that only look at a bound value in a held section: println, equals, hashCode, String.valueOf, requireNonNull, Objects.hash, String.format, contains, get
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AcceptLooksInHeldSection {
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
  void work(Doc doc, List<Object> objects, Map<Object, Object> map) {
    System.out.println(doc);
    boolean same = doc.equals(doc);
    int h = doc.hashCode() + Objects.hash(doc, 1);
    String s = String.valueOf(doc) + String.format("%s", doc) + doc;
    Doc checked = Objects.requireNonNull(doc);
    boolean in = objects.contains(doc);
    Object got = map.get(doc);
  }
}
