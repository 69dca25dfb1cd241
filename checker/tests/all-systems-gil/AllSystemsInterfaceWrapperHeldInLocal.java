// Api api = Api_Gil.wrap(d): calls through the local reach the wrapper
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsInterfaceWrapperHeldInLocal {
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
    private Api_Gil(Api delegate) { this.delegate = delegate; }
    static Api wrap(Api delegate) { return new Api_Gil(delegate); }
    @Override public int call() {
      try (GilToken gil = Gil.acquire()) {
        return delegate.call();
      }
    }
  }
  private final Api shared;
  AllSystemsInterfaceWrapperHeldInLocal(Api raw) { this.shared = Api_Gil.wrap(raw); }
  void spawn(Api raw) {
    Api api = Api_Gil.wrap(raw);
    new Thread(() -> api.call()).start(); // ok: only ever a wrapper
    new Thread(() -> shared.call()).start(); // ok: a final field only ever a wrapper
  }
}
