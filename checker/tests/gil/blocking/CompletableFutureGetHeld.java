// CompletableFuture.get (an override of Future.get)
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CompletableFutureGetHeld {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  @WithGil Object work(CompletableFuture<Object> f) throws Exception {
    // :: warning: [gil.held.blocking]
    return f.get();
  }
}
