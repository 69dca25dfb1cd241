// calls through a @GilGenerated wrapper from lock-free code
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsGeneratedWrapperCalledLockFree {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound static class Service {
    @WithGil int update() { return 1; }
  }
  @GilGenerated(wrapping = Service.class)
  static class Service_Gil extends Service {
    @Override int update() {
      try (GilToken gil = Gil.acquire()) {
        return super.update();
      }
    }
  }
  int run(GilToken gil) {
    Service_Gil service = new Service_Gil();
    return gil.allowThreads(() -> service.update()); // ok: the wrapper takes the lock
  }
}
