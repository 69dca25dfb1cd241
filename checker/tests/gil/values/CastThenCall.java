// a call through a cast of an Object: ((Doc) o).size()
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CastThenCall {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  int work(GilToken gil, Object o) {
    // :: error: [gil.nogil.call]
    return gil.allowThreads(() -> ((Doc) o).size());
  }
}
