// continuations that capture only @Ungil copies, and a stream re-opened sequentially from a parallel result
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AcceptContinuationWithCopies {
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
  void work(CompletableFuture<String> f, List<String> xs, Doc doc) {
    int n = doc.n;
    f.thenApply(s -> s.length() + n).whenComplete((r, t) -> System.out.println(r));
    List<String> copy = xs.parallelStream().map(String::trim).toList();
    copy.stream().map(s -> doc.n).count();
  }
}
