// the last switch decides: parallel() then sequential() is sequential, and inline lambdas of a sequential stream inherit the held section
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AcceptSequentialLast {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  @WithGil
  void work(List<String> xs, Doc doc) {
    xs.parallelStream().sequential().map(s -> doc.n).forEach(i -> {});
    xs.stream().map(s -> doc.n).count();
    IntStream.range(0, 3).map(i -> doc.n).sum();
  }
}
