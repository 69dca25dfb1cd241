// a static nested class of a @GilBound class is not lock-bound
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsStaticNestedClassOfBoundIsNotBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class World {
    static class Config { int threads = 4; }
    static int threadsOf(GilToken gil, Config config) {
      return gil.allowThreads(() -> config.threads); // ok: Config is @Ungil
    }
  }
}
