package org.gil4j;

import java.time.Duration;

/**
 * The contract with everything that watches the lock on at once: statistics, site telemetry for
 * every hold, a 1 ms hold budget and chaos mode. Same behaviour: watching never changes what the
 * lock does, only when it changes hands.
 */
class GilContractObservedTest extends GilContractTest {
  @Override
  boolean statsEnabled() {
    return true;
  }

  @Override
  void configureMore() {
    Gil.setSiteSampling(1);
    Gil.setHoldBudget(Duration.ofMillis(1));
    Gil.enableChaos(2026);
  }
}
