package io.roadcase.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolVersionTest {

    @TempDir
    Path dir;

    @Test
    void isThePluginVersionForARelease() throws Exception {
        PluginDescriptor plugin = plugin("1.2.0", jar("roadcase-generator", "1.2.0", "code"));

        assertThat(ToolVersion.of(plugin)).isEqualTo("1.2.0");
    }

    @Test
    void changesWhenASnapshotJarIsRebuilt() throws Exception {
        Artifact generator = jar("roadcase-generator", "0.1.0-SNAPSHOT", "code");
        PluginDescriptor plugin = plugin("0.1.0-SNAPSHOT", generator, jar("poi", "5.5.1", "poi"));
        String before = ToolVersion.of(plugin);

        Files.writeString(generator.getFile().toPath(), "new code");
        Files.setLastModifiedTime(generator.getFile().toPath(), FileTime.fromMillis(1_800_000_000_000L));

        assertThat(before).startsWith("0.1.0-SNAPSHOT roadcase-generator@").doesNotContain("poi");
        assertThat(ToolVersion.of(plugin)).isNotEqualTo(before);
    }

    private Artifact jar(String name, String version, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name + "-" + version + ".jar"), content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
        Artifact artifact = new DefaultArtifact("io.roadcase", name, version, "runtime", "jar", null,
                new DefaultArtifactHandler("jar"));
        artifact.setFile(file.toFile());
        return artifact;
    }

    private static PluginDescriptor plugin(String version, Artifact... artifacts) {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setVersion(version);
        plugin.setArtifacts(List.of(artifacts));
        return plugin;
    }
}
