package io.roadcase.maven;

import java.io.File;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/** The plugin's part of the generator's up-to-date fingerprint. */
final class ToolVersion {

    private ToolVersion() {
    }

    /**
     * The plugin version; for a SNAPSHOT also the size and time of each snapshot jar it runs from,
     * because a snapshot's version stays the same while its code changes, and a developer who
     * rebuilt the plugin expects the output to be rebuilt too.
     */
    static String of(PluginDescriptor plugin) {
        StringBuilder version = new StringBuilder(plugin.getVersion());
        if (plugin.getVersion().endsWith("-SNAPSHOT") && plugin.getArtifacts() != null) {
            for (Artifact artifact : plugin.getArtifacts()) {
                File jar = artifact.getFile();
                if (artifact.isSnapshot() && jar != null) {
                    version.append(' ').append(artifact.getArtifactId())
                            .append('@').append(jar.length()).append('.').append(jar.lastModified());
                }
            }
        }
        return version.toString();
    }
}
