// docs/rules/gil.nogil.notfunctional.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.nogilnotfunctional;

import java.util.Timer;
import java.util.TimerTask;
import org.gil4j.annotations.NoGil;

class Bad {
  // :: error: [gil.nogil.notfunctional]
  void run(@NoGil String name) { System.out.println(name); }
}

class Good {
  void run(@NoGil Runnable task) { new Thread(task).start(); }
  void start(@NoGil Thread worker) { worker.start(); }
  void later(@NoGil TimerTask task) { new Timer().schedule(task, 1000); }
}
