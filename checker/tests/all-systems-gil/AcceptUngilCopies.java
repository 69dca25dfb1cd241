// values whose own type is @Ungil are fine wherever they came from: an int result, a String, a loop variable
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AcceptUngilCopies {
  @GilBound
  static class Doc {
    int n;
    final int size = 3;
    Doc next;
    int size() { return n; }
    String name() { return "d"; }
  }
  static class Registry { Doc current() { return null; } }

  void work(ExecutorService pool, Doc doc) {
    int k = doc.size();
    String name = doc.name();
    pool.submit(() -> k + name.length());
    for (int i : new int[] {1, 2}) {
      pool.submit(() -> i);
    }
  }
}
