// a value of a @GilGenerated type may be captured lock-free
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsGeneratedWrapperTypeCaptured {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  interface Api { @WithGil int call(); }
  @GilGenerated(wrapping = Api.class)
  static final class Api_Gil implements Api {
    private final Api delegate;
    Api_Gil(Api delegate) { this.delegate = delegate; }
    @Override public int call() {
      try (GilToken gil = Gil.acquire()) {
        return delegate.call();
      }
    }
  }
  void spawn(Api api) {
    Api_Gil wrapped = new Api_Gil(api);
    new Thread(() -> wrapped.call()).start(); // ok: the wrapper takes the lock
  }
}
