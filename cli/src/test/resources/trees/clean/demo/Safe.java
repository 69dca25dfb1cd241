package demo;

import java.util.concurrent.ExecutorService;
import org.gil4j.Gil;
import org.gil4j.GilToken;

/** Holds the lock to touch the world; uses the generated wrapper from another thread. */
public final class Safe {
  private Safe() {}

  public static long run(World world, ExecutorService pool) throws Exception {
    Accounts accounts = new Accounts_Gil();
    pool.submit(() -> accounts.deposit("a", 10)).get();
    try (GilToken gil = Gil.acquire()) {
      world.tick();
      long ticks = world.ticks();
      return gil.allowThreads(() -> Accounts_Gil.interest(ticks, 5, 365));
    }
  }
}
