// strict: a private helper that touches a lock-bound value without a GilToken parameter
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictHelperWithoutToken {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  private static void helper(World w) {
    // :: error: [gil.strict.use]
    w.add(1);
  }
}
