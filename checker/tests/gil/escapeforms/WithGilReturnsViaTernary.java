// a withGil body returning a bound value through a conditional
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class WithGilReturnsViaTernary {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  Object work(Doc a, Doc b, boolean f) {
    // :: error: [gil.withgil.result]
    return Gil.withGil(g -> f ? a : b);
  }
}
