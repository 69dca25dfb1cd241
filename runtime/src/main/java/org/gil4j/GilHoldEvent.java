package org.gil4j;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;
import org.jspecify.annotations.Nullable;

/** JFR event: one thread held the GIL from taking it at depth 0 until it let go completely. */
@Name("org.gil4j.Hold")
@Label("GIL Hold")
@Category("gil4j")
@Description("A thread held the gil4j lock (from depth 0 back to depth 0, or to a hand-off)")
@Threshold("20 ms")
@StackTrace(false)
final class GilHoldEvent extends jdk.jfr.Event {
  @Label("Site")
  @Description("Where the hold ended: the first frame outside the lock's code (see GilSite)")
  @Nullable String site;
}
