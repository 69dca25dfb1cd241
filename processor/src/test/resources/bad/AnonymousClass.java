package example;

import org.gil4j.annotations.NoGil;

class AnonymousClass {
  Runnable make() {
    return new Runnable() {
      @NoGil
      @Override
      public void run() {}
    };
  }
}
