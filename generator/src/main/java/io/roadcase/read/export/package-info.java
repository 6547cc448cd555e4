/**
 * Exports of the tools teams already plan in (Jira, Linear, GitHub Projects, Azure DevOps, Asana), read
 * as they are into the roadmap table: one small class per tool declares how its header is recognised
 * and which of its columns feed which roadmap column; {@link io.roadcase.read.export.RoadmapItems}
 * does the rest the same way for every tool (issue types, status histories, repeated columns, parents).
 */
package io.roadcase.read.export;
