// build.log holds the three builds one after another.
def log = new File(basedir, 'build.log').getText('UTF-8')
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('roadcase') }
assert builds.size() == 3 : "expected three builds in build.log, found ${builds.size()}"

def roadcaseLines = { String build ->
    build.readLines().findAll { it.contains('Roadcase') || it.contains('overdue') }
}

// First build: validate and generate each report the warning.
assert builds[0].count('overdue: "checkout"') == 2
assert builds[0].contains('[INFO] Roadcase data is valid (1 warning)')
assert builds[0].contains('[INFO] Roadcase wrote ')

// Second build, nothing changed: one line per goal, no warning read or printed again.
def second = roadcaseLines(builds[1])
assert second == ['[INFO] Roadcase data is unchanged since it was last found valid',
                  "[INFO] Roadcase output is up to date: ${new File(basedir, 'target/roadcase')}".toString()] : second

// Third build, another report date: validate reads and reports again.
assert builds[2].count('overdue: "checkout"') == 2
assert builds[2].contains('[INFO] Roadcase data is valid (1 warning)')
assert new File(basedir, 'target/roadcase-validated').isFile()
return true
