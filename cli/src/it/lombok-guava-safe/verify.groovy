// Every processor ran: Lombok's Point, AutoValue's AutoValue_Money and gil4j's World_Gil exist.
// Only files and the log are read, never class files, so this runs on any JDK.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('[gil.') : 'gil4j reported something on safe code'
assert !log.contains('checkerframework') : 'a Checker Framework message in the log'
['demo/Point.class', 'demo/AutoValue_Money.class', 'demo/World_Gil.class', 'demo/Game.class'].each {
  assert new File(basedir, 'target/classes/' + it).isFile() : 'missing ' + it
}
assert new File(basedir, 'target/generated-sources/annotations/demo/World_Gil.java').isFile()
return true
