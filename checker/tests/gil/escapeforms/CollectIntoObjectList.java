// a lock-bound stream collected, or a lock-bound list copied to an array, into erased slots
import java.util.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CollectIntoObjectList {
  @GilBound
  static class Doc {
    int n;
    String name = "d";

    Object toJava() { // its author says what comes back: a Java copy here
      return String.valueOf(n);
    }
  }

  List<Object> objects;
  Object any;

  void keep(GilToken gil, Doc doc, List<Doc> docs) {
    // :: error: [gil.escape.store]
    objects = Stream.of(doc).collect(Collectors.toList());
    // :: error: [gil.escape.store]
    objects = docs.stream().collect(Collectors.toList());
    // :: error: [gil.escape.store]
    any = docs.toArray();
    // :: error: [gil.escape.store]
    any = docs.toArray(new Object[0]);
    Object[] copy = docs.stream().map(d -> d).toArray();
    // :: error: [gil.escape.store]
    any = copy;
  }

  void copiesAreFine(GilToken gil, List<Doc> docs) {
    objects = docs.stream().map(d -> (Object) d.name).collect(Collectors.toList());
    any = docs.stream().map(d -> d.name).toArray();
    any = docs.size();
    any = docs.getClass();
    Object[] local = docs.toArray(); // a local in the held section: not an escape
    any = docs.get(0).toJava(); // a lock-bound class's own method: judged in its body
  }
}
