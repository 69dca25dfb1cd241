// an anonymous Runnable in a @GilBound class touches an outer field
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AnonymousInBoundClassTouchesOuterField {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class World {
    int ticks;
    void spawn() {
      new Thread(new Runnable() {
        @Override public void run() {
          // :: error: [gil.nogil.use]
          ticks++;
        }
      }).start();
    }
  }
}
