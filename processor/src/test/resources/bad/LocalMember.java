package example;

import org.gil4j.annotations.NoGil;

class LocalMember {
  Object make() {
    class Local {
      class Member {
        @NoGil
        void compute() {}
      }
    }
    return new Local();
  }
}
