package demo;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gil4j.Gil;

public final class Game {
  public static void main(String[] args) throws Exception {
    World world = new World();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    pool.submit(() -> Gil.runWithGil(gil -> world.tick())).get();
    System.out.println(world.ticks());
    pool.shutdown();
  }
}
