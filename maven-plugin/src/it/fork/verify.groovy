// The same output whether the goals ran in Maven's JVM or in their own; a JVM that cannot start fails the
// build with what it printed and where its options go, and publishes nothing; a refusal made in the
// forked JVM (the output folder is the data folder) reads as it would inside Maven's; the JVM's note that it
// took JAVA_TOOL_OPTIONS is not passed on as a warning.
import java.nio.file.Files

def inMaven = new File(basedir, 'target/in-maven')
def forked = new File(basedir, 'target/forked')
def files = { File root ->
    def names = [] as SortedSet
    root.eachFileRecurse(groovy.io.FileType.FILES) { f ->
        def name = root.toPath().relativize(f.toPath()).toString()
        if (!name.startsWith('.roadcase')) names << name
    }
    names
}
assert new File(forked, 'index.html').isFile()
assert files(inMaven) == files(forked)
assert files(forked).size() > 20
files(forked).each { name ->
    assert Files.readAllBytes(new File(inMaven, name).toPath()) == Files.readAllBytes(new File(forked, name).toPath()) : name
}

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("Roadcase's JVM stopped (exit code 1) without a result")
assert log.contains('Too small')
assert log.contains('options for it go in roadcase.jvmArgs')
assert !new File(basedir, 'target/no-heap/index.html').exists()
assert log =~ /Roadcase: the output folder .*src.roadcase is the data folder; publishing replaces/
assert !new File(basedir, 'src/roadcase/index.html').exists()
assert new File(basedir, 'target/tool-options/index.html').isFile()
assert log.contains("[DEBUG] Roadcase's JVM: Picked up JAVA_TOOL_OPTIONS: -Droadcase.it.tool.options=set")
assert !log.contains("[WARNING] Roadcase's JVM: Picked up")
return true
