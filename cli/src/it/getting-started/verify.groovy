// The build failed (invoker.buildResult = failure) with gil4j's message and nothing else.
def log = new File(basedir, 'build.log').text
def expected = 'src/main/java/demo/Unsafe.java:[9,53] error: [gil.nogil.use] lock-bound value world (demo.World) is used in a lock-free section: the lambda passed to GilToken.allowThreads at line 9. Fix: copy what you need into an @Ungil value before the section, or unbind it with gil.unbind(..) and bind it again inside Gil.withGil(g -> ref.bind(g)...).'
assert log.contains(expected) : 'build.log lacks: ' + expected
assert log.contains('BUILD FAILURE')
def gilLines = log.readLines().findAll { it.contains('error: [gil.') }.collect { it.replaceFirst('^.*?src/main', 'src/main') }.unique()
assert gilLines.size() == 1 : 'expected one gil4j error, got ' + gilLines
assert !log.contains('checkerframework') : 'a Checker Framework message in the log'
return true
