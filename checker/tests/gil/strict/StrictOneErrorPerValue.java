// strict: a value used three times in one method is one error
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictOneErrorPerValue {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  int sum(World w) {
    // :: error: [gil.strict.use]
    return w.n + w.n + w.n;
  }
}
