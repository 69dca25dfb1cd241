// Timer.schedule with an anonymous TimerTask
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class TimerScheduleAnonymousTask {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void tick(Timer timer, Foo world) {
    timer.schedule(new TimerTask() {
      @Override public void run() {
        // :: error: [gil.nogil.use]
        world.get();
      }
    }, 10L);
  }
}
