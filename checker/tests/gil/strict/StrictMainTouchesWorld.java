// strict: main builds and uses a lock-bound World without taking the lock: one error for the constructor call, one for the value
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictMainTouchesWorld {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  public static void main(String[] args) {
    // :: error: [gil.strict.call]
    World w = new World();
    // :: error: [gil.strict.use]
    w.add(3);
  }
}
