// a parallel stream returned by a method of the code being compiled
import java.util.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class ParallelStreamFromOwnMethod {
  @GilBound
  static class Doc {
    int n;
    void add(int k) { n += k; }
  }

  Stream<Integer> fast(List<Integer> xs) {
    return xs.size() > 1000 ? xs.parallelStream() : xs.stream();
  }

  Stream<Integer> plain(List<Integer> xs) {
    return xs.stream();
  }

  static IntStream indices(int n) {
    return IntStream.range(0, n).parallel();
  }

  void use(GilToken gil, Doc doc, List<Integer> xs) {
    // :: error: [gil.nogil.use]
    fast(xs).forEach(x -> doc.add(x));
    // :: error: [gil.nogil.use]
    indices(4).map(i -> i + doc.n).sum();
    plain(xs).forEach(x -> doc.add(x));
    fast(xs).sequential().forEach(x -> doc.add(x));
  }
}
