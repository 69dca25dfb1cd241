// @NoGil and @WithGil on one method
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NoGilAndWithGilTogether {
  @GilBound
  static class Foo {
    int v;
    final int size = 3;
    int get() { return v; }
    @NoGil int pure() { return 42; }
    static Foo make() { return new Foo(); }
  }

  // :: error: [gil.annotation.conflict]
  @NoGil @WithGil void confused() {}
}
