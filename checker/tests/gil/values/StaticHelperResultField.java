// a field of a static helper result: pick(a, b).n
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class StaticHelperResultField {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  static Doc pick(Doc a, Doc b) { return a; }
  int work(GilToken gil) {
    // :: error: [gil.nogil.use]
    return gil.allowThreads(() -> pick(null, null).n);
  }
}
