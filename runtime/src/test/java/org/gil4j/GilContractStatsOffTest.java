package org.gil4j;

/** The contract with statistics off (the default). */
class GilContractStatsOffTest extends GilContractTest {
  @Override
  boolean statsEnabled() {
    return false;
  }
}
