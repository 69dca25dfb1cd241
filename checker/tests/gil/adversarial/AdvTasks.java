// anonymous task classes that run on another thread without being passed to a parameter
import java.util.*;
import java.util.concurrent.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class AdvTasks {
  void anonymousThreads(Doc doc) {
    new Thread() {
      @Override
      public void run() {
        // :: error: [gil.nogil.use]
        doc.touch();
      }
    }.start();
    Thread t = new Thread() {
      public void run() {
        Gil.runWithGil(g -> doc.touch()); // ok: takes the lock
      }
    };
    t.start();
  }

  int forkJoin(Doc doc, ForkJoinPool pool) {
    RecursiveTask<Integer> task =
        new RecursiveTask<>() {
          @Override
          protected Integer compute() {
            // :: error: [gil.nogil.use]
            return doc.n;
          }
        };
    task.fork();
    new RecursiveAction() {
      protected void compute() {
        // :: error: [gil.nogil.use]
        doc.touch();
      }
    }.fork();
    return task.join();
  }

  static class Named extends Thread {
    final int n;
    Named(int n) { this.n = n; }
    @Override public void run() { System.out.println(n); } // ok
  }
}
