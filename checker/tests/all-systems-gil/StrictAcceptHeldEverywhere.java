// strict and clean: main takes the lock, helpers take a GilToken, lock-bound classes are held inside, inline lambdas keep the section, callbacks take the lock themselves
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictAcceptHeldEverywhere {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  @GilBound record Cell(int v) { int twice() { return v * 2; } }
  @GilBound enum Mode { FAST, SLOW; int hits; }
  static void later(Runnable r) {}
  public static void main(String[] args) {
    int n = Gil.withGil(gil -> {
      World w = new World();
      step(gil, w);
      List.of(1, 2).forEach(i -> w.add(i));
      Map<String, Integer> m = new HashMap<>();
      m.computeIfAbsent("k", k -> w.n);
      Optional.of(3).map(i -> i + w.n);
      Mode.FAST.hits++;
      return w.n + new Cell(2).twice();
    });
    try (GilToken gil = Gil.acquire()) {
      World.make().add(n);
    }
    later(() -> Gil.withGil(g -> { World.make().add(1); return 0; }));
  }
  private static void step(GilToken gil, World w) { w.add(1); }
  static final class Ticker extends Thread {
    @Override public void run() { Gil.withGil(g -> { World.make().add(1); return 0; }); }
  }
}
