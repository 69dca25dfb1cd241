// switch expressions and loops over primitives in a lock-free lambda
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsSwitchInLockFree {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  int run(GilToken gil, int mode) {
    return gil.allowThreads(() -> {
      int acc = 0;
      for (int i = 0; i < 10; i++) {
        acc += switch (mode) {
          case 0 -> i;
          case 1 -> i * 2;
          default -> 1;
        };
      }
      return acc; // ok: only primitives
    });
  }
}
