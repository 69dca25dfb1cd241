package example;

import java.util.HashMap;
import java.util.Map;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** Balances kept in the lock-bound world. */
public class Accounts {
  private final Map<String, Long> balances = new HashMap<>();

  /** Adds to a balance: touches lock-bound state, so its wrapper takes the lock. */
  @WithGil
  public long deposit(String id, long amount) {
    return balances.merge(id, amount, Long::sum);
  }

  /** Pure arithmetic: its wrapper lets other threads have the lock meanwhile. */
  @NoGil
  public static long interest(long balance, int basisPoints, int days) {
    return balance * basisPoints * days / (10_000L * 365);
  }
}
