// withGil returning @Ungil values
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AllSystemsWithGilReturnsPrimitiveAndCopy {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  @Ungil record Copy(int v) {}
  Copy read(Foo foo) {
    int n = Gil.withGil(g -> foo.get());
    String s = Gil.withGil(g -> "v" + foo.get());
    return Gil.withGil(g -> new Copy(foo.get() + n + s.length())); // ok: @Ungil results
  }
}
