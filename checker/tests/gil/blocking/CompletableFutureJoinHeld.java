// CompletableFuture.join while holding the lock
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class CompletableFutureJoinHeld {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  @WithGil Object work(CompletableFuture<Object> f) {
    // :: warning: [gil.held.blocking]
    return f.join();
  }
}
