package example;

import org.gil4j.annotations.WithGil;

class Outer {
  static class Task { @WithGil public void run() {} } // Outer_Task_Gil
}
