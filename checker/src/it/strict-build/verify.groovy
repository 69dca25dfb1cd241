// The build failed (invoker.buildResult = failure); check it failed only because Game is strict.
def log = new File(basedir, 'build.log').text
def expected = [
  'Game.java:[12,25] error: [gil.strict.call] new NumberList(..) needs the lock but is called where the lock is not held: the body of Game.main (line 11), which is strict and holds no lock (no GilToken parameter, not @WithGil, not a method of a @GilBound class). Strict code has no unknown state. Fix: call it inside Gil.withGil(gil -> ...), from a method that takes a GilToken parameter, or from a @WithGil method through its generated wrapper. Rule: docs/rules/gil.strict.call.md',
  'Game.java:[13,4] error: [gil.strict.use] lock-bound value numbers (org.gil4j.it.NumberList) is used where the lock is not held: the body of Game.main (line 11), which is strict and holds no lock (no GilToken parameter, not @WithGil, not a method of a @GilBound class). Strict code has no unknown state. Fix: hold the lock here: wrap the code in Gil.withGil(gil -> ...), take a GilToken parameter (callers pass theirs), or make the method @WithGil and call its generated wrapper. Rule: docs/rules/gil.strict.use.md',
  'BUILD FAILURE'
]
expected.each { text ->
  if (!log.contains(text)) {
    throw new AssertionError("build.log lacks: " + text)
  }
}
if (log.contains('Lax.java')) {
  throw new AssertionError('the non-strict twin Lax.java got a diagnostic')
}
// Maven prints each error twice (as it happens and in the summary): count distinct ones.
def distinct = log.readLines().findAll { it.contains('error: [gil.') }
    .collect { it.substring(it.indexOf('error: [gil.')) }.toSet()
if (distinct.size() != 2) {
  throw new AssertionError('expected exactly the two strict errors, got ' + distinct)
}
return true
