// The first build writes; the second finds nothing changed and leaves every file as antrun aged it.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('Roadcase wrote ') == 1
assert log.count('[INFO] Roadcase output is up to date') == 1
assert log.indexOf('Roadcase wrote ') < log.indexOf('Roadcase output is up to date')

def out = new File(basedir, 'target/roadcase')
assert new File(out, 'index.html').isFile()
def aged = 946684800000L
def touched = []
out.eachFileRecurse(groovy.io.FileType.FILES) { if (it.lastModified() != aged) touched << it }
assert touched.isEmpty() : "written by the up-to-date build: $touched"
return true
