package org.gil4j;

/** The contract with statistics on: same behaviour, and the counters move. */
class GilContractStatsOnTest extends GilContractTest {
  @Override
  boolean statsEnabled() {
    return true;
  }
}
