package demo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Code that never mentions gil4j, and hands work to another thread: no diagnostic at all. */
public final class Prices {
  private final Cache<String, Money> cache = Caffeine.newBuilder().maximumSize(100).build();

  public List<Point> corners() {
    return ImmutableList.of(new Point(0, 0), new Point(1, 1));
  }

  public Future<Money> price(ExecutorService executor, String item) {
    return executor.submit(() -> cache.get(item, k -> Money.of(k.length() * 100L)));
  }
}
