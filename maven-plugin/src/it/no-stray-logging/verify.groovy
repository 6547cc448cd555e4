// POI's Log4j API calls go to Maven's logger: no provider warnings, no SLF4J notices.
def out = new File(basedir, 'target/roadcase')
assert new File(out, 'index.html').isFile()
def stray = new File(basedir, 'build.log').readLines('UTF-8').findAll {
    (it =~ /SLF4J:|StatusLogger|(?i)log4j/) && !(it =~ /Download(ing|ed) from/)
}
assert stray.isEmpty() : "stray logging lines:\n${stray.join('\n')}"
return true
