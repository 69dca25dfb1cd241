// a CompletableFuture continuation runs on whichever thread completes the future: f.thenCombine(g, (a, b) -> doc.n);
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CompletableFutureThenCombinePlain {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(CompletableFuture<String> f, CompletableFuture<String> g, Doc doc) throws Exception {
    // :: error: [gil.nogil.use]
    f.thenCombine(g, (a, b) -> doc.n);
  }
}
