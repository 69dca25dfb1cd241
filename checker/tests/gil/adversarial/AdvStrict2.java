// strict code in constructors, initializers, records, enums, callbacks and nested classes
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class AdvStrict2 {
  @GilBound
  static class World {
    int n;
    final List<Doc> docs = new ArrayList<>(); // ok: initializer of a bound class is held
    Doc first = new Doc(); // ok
    World() {
      n = 1; // ok: a bound class's constructor is held
      docs.add(new Doc());
    }
    static World create() {
      return new World(); // ok: static methods of a bound class are held
    }
    void tick() { docs.forEach(Doc::touch); }
  }

  @GilBound
  record Snapshot(int v) {
    Snapshot {
      if (v < 0) throw new IllegalArgumentException();
    }
    int twice() { return v * 2; }
  }

  record Plain(int v) {
    int get(Snapshot s) {
      // :: error: [gil.strict.use]
      return s.twice();
    }
  }

  enum Level {
    LOW;
    int weight(GilToken gil, World w) {
      return w.n; // ok: takes a token
    }
    int bad(World w) {
      // :: error: [gil.strict.use]
      return w.n;
    }
  }

  interface Api {
    default void apply(World w) {
      // :: error: [gil.strict.use]
      w.tick();
    }
    default void held(GilToken gil, World w) {
      w.tick(); // ok
    }
  }

  Runnable field = () -> System.out.println("plain"); // ok: touches nothing bound

  static void callbacks(GilToken gil, World w, ExecutorService pool, List<Runnable> later) {
    w.tick(); // ok
    // :: error: [gil.strict.use] :: error: [gil.escape.store]
    later.add(() -> w.tick());
    later.add(() -> Gil.runWithGil(g -> w.tick())); // ok: takes the lock itself
    // :: error: [gil.nogil.use]
    pool.submit(() -> w.tick());
    new Object() {
      void inHeld() {
        w.tick(); // ok: an anonymous class not handed on keeps the held section around it
      }
    };
    Runnable r = w::tick;
    r.run(); // ok: a local method reference in a held section
  }

  static class Listener {
    void on(World w) {
      // :: error: [gil.strict.use]
      w.tick();
    }
    @WithGil void onHeld(World w) {
      w.tick(); // ok
    }
  }

  static int copies(GilToken gil, World w) {
    int n = w.n;
    return gil.allowThreads(() -> n * 2); // ok
  }

  static Unbound<World> park(GilToken gil) {
    return gil.unbind(World.create()); // ok
  }

  static int unparkLater(Unbound<World> ref) {
    return Gil.withGil(g -> ref.bind(g).n); // ok
  }
}
