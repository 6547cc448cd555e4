// Each module reads and writes in its own folders; only the module using the plugin gets a site.
assert new File(basedir, 'portfolio/target/roadcase/index.html').isFile()
assert !new File(basedir, 'service/target/roadcase').exists()
assert !new File(basedir, 'target/roadcase').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('@threadSafe')
return true
