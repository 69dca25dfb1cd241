// a @WithGil method body is held
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsWithGilMethodBodyUsesBound {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  static Foo shared = Foo.make();
  @WithGil static int read() {
    return shared.get(); // ok: held
  }
}
