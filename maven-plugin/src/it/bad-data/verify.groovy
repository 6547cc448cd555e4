// The build fails at roadcase:validate, names the file, line and column, and publishes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] roadmap.csv, line 3, column end: ')
assert log =~ /Roadcase found \d+ errors? in the data \(see the \[ERROR\] lines above\)/
assert log.contains('roadcase-maven-plugin') && log.contains(':validate')
// A data problem is not an internal fault: no stack trace.
assert !(log =~ /\tat io\.roadcase\./)
assert !new File(basedir, 'target/roadcase').exists()
return true
