// constructor arguments of a named task class are evaluated by the caller under the lock
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AcceptNamedTaskArguments {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  static final class Report implements Runnable {
    private final String name;
    Report(String name) { this.name = name; }
    @Override public void run() { System.out.println(name); }
  }
  static final class Countdown extends TimerTask {
    private final int from;
    Countdown(int from) { this.from = from; }
    @Override public void run() { System.out.println(from); }
  }
  @WithGil
  void work(ExecutorService pool, Timer timer, Doc doc) {
    pool.execute(new Report(doc.name()));
    timer.schedule(new Countdown(doc.size()), 10);
  }
}
