// The build failed (invoker.buildResult = failure); check it failed for the right reason.
def log = new File(basedir, 'build.log').text
def expected = [
  'Unsafe.java:[11,53] error: [gil.nogil.use] lock-bound value numbers (org.gil4j.it.NumberList) is used in a lock-free section: the lambda passed to GilToken.allowThreads at line 11. Fix: copy what you need into an @Ungil value before the section, or unbind it with gil.unbind(..) and bind it again inside Gil.withGil(g -> ref.bind(g)...).',
  'BUILD FAILURE'
]
expected.each { text ->
  if (!log.contains(text)) {
    throw new AssertionError("build.log lacks: " + text)
  }
}
return true
