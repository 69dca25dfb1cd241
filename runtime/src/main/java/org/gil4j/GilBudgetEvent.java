package org.gil4j;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;
import org.jspecify.annotations.Nullable;

/**
 * JFR event: a hold lasted longer than the hold budget (committed as it ends; the fields carry the
 * times).
 */
@Name("org.gil4j.HoldBudget")
@Label("GIL Hold Budget Overrun")
@Category("gil4j")
@Description("A thread held the gil4j lock longer than the budget set with Gil.setHoldBudget")
@StackTrace(false)
final class GilBudgetEvent extends jdk.jfr.Event {
  @Label("Site")
  @Description("The call site that held the lock: the first frame outside the lock's code")
  @Nullable String site;

  @Label("Budget")
  @Timespan(Timespan.NANOSECONDS)
  long budget;

  @Label("Overrun")
  @Description("How much longer than the budget the hold lasted")
  @Timespan(Timespan.NANOSECONDS)
  long overrun;
}
