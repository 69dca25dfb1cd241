package example;

import org.gil4j.annotations.WithGil;

class Outer {
  void run() {
    class Task { @WithGil public void run() {} } // error: [gil.wrapper.local]
    new Task().run();
  }
}
