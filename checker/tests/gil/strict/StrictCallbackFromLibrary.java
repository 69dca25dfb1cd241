// strict: a lambda passed to an unannotated parameter may run later on any thread, so it holds no lock even inside withGil
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictCallbackFromLibrary {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  static void register(Runnable callback) {}
  void wire(World w) {
    Gil.withGil(g -> {
      // :: error: [gil.strict.use]
      register(() -> w.add(1));
      return 0;
    });
  }
}
