package example;

import org.gil4j.annotations.WithGil;

class LocalClass {
  Runnable make() {
    class Local implements Runnable {
      @WithGil
      @Override
      public void run() {}
    }
    return new Local();
  }
}
