// roadcase.skip: both goals log that they skip, and nothing is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('[INFO] Skipping Roadcase') == 2
assert !log.contains('Roadcase wrote')
assert !new File(basedir, 'target/roadcase').exists()
return true
