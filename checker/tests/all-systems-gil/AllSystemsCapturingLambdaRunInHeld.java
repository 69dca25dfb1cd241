// a capturing lambda stored and run in a held section
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsCapturingLambdaRunInHeld {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  void run(GilToken gil, Foo foo) {
    Runnable r = () -> foo.get();
    r.run(); // ok: runs here, holding the lock
  }
}
