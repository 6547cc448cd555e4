package io.roadcase.read.export;

import io.roadcase.read.PortfolioReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void dump() throws Exception {
        for (String dir : new String[] {"jira-cloud", "jira-de", "jira-history", "linear", "github", "ado", "asana"}) {
            var r = PortfolioReader.read(Path.of(getClass().getResource(dir).toURI()));
            System.out.println("=== " + dir);
            r.problems().forEach(p -> System.out.println("  " + p));
            r.portfolio().initiatives().forEach(i -> System.out.println("  " + i.id() + " | " + i.title() + " | theme=" + i.theme()
                    + " | team=" + i.team() + " | owner=" + i.owner() + " | " + i.status() + " | " + i.start() + ".." + i.end()
                    + " | progress=" + i.progress() + " | deps=" + i.dependsOn() + " | link=" + i.link() + " | bv=" + i.businessValue()
                    + "\n     desc=" + i.description() + "\n     extra=" + i.extra() + "\n     origin=" + i.origin().at("status") + " / " + i.origin().at("progress")));
        }
    }
}
