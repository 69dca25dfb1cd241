// a @NoGil default method of a @GilBound interface calls a plain method
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NoGilInterfaceDefaultUsesThis {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @GilBound interface Shape {
    int area();
    @NoGil default int twice() {
      // :: error: [gil.nogil.call]
      return area() * 2;
    }
  }
}
