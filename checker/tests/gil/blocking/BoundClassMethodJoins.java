// a method of a @GilBound class is held: joining a thread there
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class BoundClassMethodJoins {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(Doc doc, Thread t) throws Exception {
    // :: warning: [gil.held.blocking]
    Gil.withGil(g -> { t.join(); return 0; });
  }
}
