// a lock-bound value passed to an erased parameter that the called method keeps in a field or an
// array element escapes there, as surely as if the caller had stored it
import org.gil4j.*;
import org.gil4j.annotations.*;

class KeptByTheCallee {
  @GilBound
  static class Doc {
    int n;
  }

  static Object last;
  static Object[] lastAll;
  static final Object[] slots = new Object[4];

  static void remember(Object o) { last = o; }
  static void rememberAll(Object... os) { lastAll = os; }
  static void slot(int i, Object o) { slots[i] = o; }
  static void look(Object o) { System.out.println(o); }
  static void lookAll(Object... os) { Object[] local = os; System.out.println(local.length); }

  static class Box {
    Object content;
    Box(Object content) { this.content = content; }
  }

  void keep(GilToken gil, Doc doc) {
    // :: error: [gil.escape.store]
    remember(doc);
    // :: error: [gil.escape.store]
    rememberAll(1, doc);
    // :: error: [gil.escape.store]
    slot(0, doc);
    // :: error: [gil.escape.store]
    Box box = new Box(doc);
  }

  void looking(GilToken gil, Doc doc) {
    look(doc);
    lookAll(doc, doc);
    remember(doc.n);
    rememberAll("a", "b");
    Box box = new Box(gil.unbind(doc));
  }
}
