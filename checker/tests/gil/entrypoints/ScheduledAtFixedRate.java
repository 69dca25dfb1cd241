// ScheduledExecutorService.scheduleAtFixedRate
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ScheduledAtFixedRate {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(ScheduledExecutorService ses, Doc doc) {
    // :: error: [gil.nogil.use]
    ses.scheduleAtFixedRate(() -> doc.size(), 1, 1, TimeUnit.SECONDS);
  }
}
