package io.roadcase.read.export;

import java.util.List;

/** Every tool export Roadcase recognises, and the recognition of one header row. */
public final class ToolExports {

    /** In docs order. */
    public static final List<ToolExport> ALL = List.of(new Jira(), new Linear(), new GitHubProjects(),
            new AzureDevOps(), new Asana());

    private ToolExports() {
    }

    /**
     * The preset whose export this header row is, with the header seen through it; null when none.
     *
     * @param texts        the header texts by column, null for blank cells
     * @param namedAsTable whether the sheet or file is named after a Roadcase table: then only columns no
     *                     plain table has make it an export (a {@code roadmap.csv} with {@code ID, Team,
     *                     Title, Status} stays a roadmap table)
     */
    public static Recognised recognise(List<String> texts, boolean namedAsTable) {
        Recognised weak = null;
        for (ToolExport preset : ALL) {
            ExportHeader header = new ExportHeader(preset, texts);
            ToolExport.Match match = preset.recognise(header);
            if (match == ToolExport.Match.STRONG) {
                return new Recognised(preset, header);
            }
            if (match == ToolExport.Match.WEAK && weak == null && !namedAsTable) {
                weak = new Recognised(preset, header);
            }
        }
        return weak;
    }

    /** A recognised export: its preset and its header. */
    public record Recognised(ToolExport preset, ExportHeader header) {
    }
}
