package org.gil4j;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Threshold;
import org.jspecify.annotations.Nullable;

/** JFR event: one thread waited in the slow path for the GIL. */
@Name("org.gil4j.Wait")
@Label("GIL Wait")
@Category("gil4j")
@Description("A thread waited for the gil4j lock")
@Threshold("20 ms")
final class GilWaitEvent extends jdk.jfr.Event {
  @Label("Holder")
  @Description("The thread that held the lock when the waiter last looked")
  @Nullable String holder;

  @Label("Site")
  @Description("The call site that waited: the first frame outside the lock's code")
  @Nullable String site;

  @Label("Priority")
  @Description("True for a thread returning from lock-free code (posts its drop request at once)")
  boolean priority;

  @Label("Timed Out")
  @Description("True when a timed acquire gave up (GilTimeoutException)")
  boolean timedOut;
}
