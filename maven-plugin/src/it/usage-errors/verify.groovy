// Usage errors fail the build with a message naming the value and what was expected; nothing is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("only 'html' has the unknown part 'html': expected a comma-separated list of site, pdf, json")
assert log.contains("reportDate '24.11.2026' is not a date: expected YYYY-MM-DD")
assert log =~ /templateDirectory .*no-such-folder is not a folder/
assert !new File(basedir, 'target/roadcase').exists()
return true
