// Arrays.parallelSetAll runs its generator on the common pool
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ArraysParallelSetAll {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(int[] xs, Doc doc) {
    // :: error: [gil.nogil.use]
    Arrays.parallelSetAll(xs, i -> doc.n);
  }
}
