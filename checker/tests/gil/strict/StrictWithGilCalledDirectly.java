// strict: a @WithGil method called directly, not through its wrapper, where the lock is not held
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictWithGilCalledDirectly {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  @WithGil static void touch() {}
  void go() {
    // :: error: [gil.strict.call]
    touch();
  }
}
