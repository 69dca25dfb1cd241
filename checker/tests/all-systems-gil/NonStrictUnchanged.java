// the same lines without @GilStrict: unknown code gets no diagnostic (adoption one class at a time)
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class NonStrictUnchanged {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  public static void main(String[] args) {
    World w = new World();
    w.add(3);
  }
  private static void helper(World w) { w.add(1); }
  static void register(Runnable r) {}
  void wire(World w) { register(() -> w.add(1)); }
}
