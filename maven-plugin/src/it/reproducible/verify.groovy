// Two builds of the same data and the same outputTimestamp give the same bytes.
def first = new File(basedir, 'target/first')
def second = new File(basedir, 'target/second')
def files = { File root ->
    def names = []
    root.eachFileRecurse(groovy.io.FileType.FILES) { names << root.toPath().relativize(it.toPath()).toString() }
    names.sort()
}
def names = files(first)
assert names.contains('index.html') && names.contains('pdf/portfolio.pdf') && names.contains('data.json')
assert names == files(second)
def different = names.findAll { new File(first, it).bytes != new File(second, it).bytes }
assert different.isEmpty() : "differ between the two builds: $different"
// No reportDate: the date of project.build.outputTimestamp (1795478400 = 2026-11-24T00:00:00Z).
assert new File(first, 'data.json').getText('UTF-8') =~ /"reportDate"\s*:\s*"2026-11-24"/
return true
