package demo;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gil4j.Gil;

public final class Game {
  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int ticks =
        Gil.withGil(
            gil -> {
              World world = new World();
              // :: warning: [gil.held.blocking]
              pool.submit(() -> Gil.runWithGil(g -> world.tick())).get();
              return world.ticks();
            });
    System.out.println(ticks);
    pool.shutdown();
  }
}
