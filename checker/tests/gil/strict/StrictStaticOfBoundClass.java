// strict: a static method of a lock-bound class needs the lock
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictStaticOfBoundClass {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  Object get() {
    // :: error: [gil.strict.call]
    return World.make();
  }
}
