// a bound value in one arm of a switch expression
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class SwitchExpressionArm {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(ExecutorService pool, Doc doc, int k) {
    // :: error: [gil.nogil.use]
    pool.submit(() -> switch (k) { case 1 -> doc.size(); default -> 0; });
  }
}
