package io.roadcase.read.export;

import static io.roadcase.model.InitiativeStatus.AT_RISK;
import static io.roadcase.model.InitiativeStatus.BLOCKED;
import static io.roadcase.model.InitiativeStatus.CANCELLED;
import static io.roadcase.model.InitiativeStatus.DONE;
import static io.roadcase.model.InitiativeStatus.IN_PROGRESS;
import static io.roadcase.model.InitiativeStatus.PLANNED;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's CSV export (Cloud and Data Center, "all fields" or "current fields"), with its headers in
 * English, German, French or Spanish. Custom fields are written {@code Custom field (Start date)}
 * (or {@code Benutzerdefinierte Felder (…)}, {@code Champ personnalisé (…)}, {@code Campo personalizado (…)}),
 * and match by the name in brackets.
 */
final class Jira extends ToolExport {

    /** A custom field's header in any UI language: the field name is group 1. */
    private static final Pattern CUSTOM_FIELD = Pattern.compile(
            "(?i)(?:custom\\s*fields?|benutzerdefinierte[sn]?\\s*feld(?:er)?|champs?\\s*personnalis\\p{L}*"
                    + "|campos?\\s*personalizados?)\\s*\\((.+)\\)\\s*");

    Jira() {
        super("Jira");
        column(Field.KEY, "Issue key", "Vorgangsschlüssel", "Schlüssel", "Clé de ticket", "Clé",
                "Clave de incidencia", "Clave");
        column(Field.ALT_KEY, "Issue id", "Vorgangs-ID", "ID de ticket", "ID de la incidencia");
        column(Field.TITLE, "Summary", "Zusammenfassung", "Résumé", "Resumen");
        column(Field.TYPE, "Issue Type", "Vorgangstyp", "Type de ticket", "Tipo de incidencia");
        column(Field.STATUS, "Status", "Statut", "État", "Estado");
        column(Field.STATUS_CATEGORY, "Status Category", "Statuskategorie", "Catégorie d'état",
                "Catégorie de statut", "Categoría de estado");
        column(Field.START, "Start date", "Target start", "Startdatum", "Date de début", "Fecha de inicio");
        column(Field.END, "Due date", "Target end", "End date", "Fälligkeitsdatum", "Date d'échéance",
                "Fecha de vencimiento", "Fecha límite");
        column(Field.OWNER, "Assignee", "Zugewiesene Person", "Bearbeiter", "Personne assignée", "Responsable",
                "Persona asignada");
        column(Field.TEAM, "Team", "Équipe", "Equipo", "Project name", "Projektname", "Nom du projet",
                "Nombre del proyecto");
        column(Field.THEME, "Components", "Component/s", "Komponenten", "Composants", "Componentes", "Labels",
                "Stichwörter", "Étiquettes", "Etiquetas");
        column(Field.PARENT_TITLE, "Parent summary", "Übergeordnete Zusammenfassung", "Résumé du parent",
                "Resumen del principal");
        column(Field.PARENT, "Parent", "Parent id", "Übergeordnet", "Übergeordnete ID", "Principal",
                "Clave principal", "ID principal");
        column(Field.EPIC, "Epic Link", "Epic-Link", "Lien d'epic", "Vínculo de épica");
        column(Field.DEPENDS_ON, "Inward issue link (Blocks)", "Outward issue link (Dependency)",
                "Outward issue link (Depends)");
        column(Field.DESCRIPTION, "Description", "Beschreibung", "Descripción");
        column(Field.PROGRESS, "Progress", "Σ Progress", "Fortschritt", "Progression", "Progreso");
        column(Field.UPDATED, "Updated", "Aktualisiert", "Mise à jour", "Mis à jour", "Actualizada", "Actualizado");

        topTypes("Initiative", "Iniciativa", "Epic", "Épica", "Épopée");
        subTaskTypes("Sub-task", "Subtask", "Unteraufgabe", "Teilaufgabe", "Sous-tâche", "Subtarea");

        status(PLANNED, "To Do", "Open", "Backlog", "Selected for Development", "New", "Reopened", "Ready",
                "Ready for Development", "Zu erledigen", "Offen", "Ausgewählt für Entwicklung", "Wieder geöffnet",
                "Neu", "À faire", "Ouvert", "Ouverte", "Rouvert", "Réouvert", "Nouveau", "Sélectionné pour le développement",
                "Tareas por hacer", "Por hacer", "Abierta", "Abierto", "Reabierta", "Nueva", "Seleccionado para desarrollo",
                "Pendiente");
        status(IN_PROGRESS, "In Progress", "In Review", "Review", "In QA", "QA", "In Testing", "Testing", "Code Review",
                "In Development", "Doing", "In Arbeit", "In Bearbeitung", "In Prüfung", "Im Review", "In Überprüfung",
                "En cours", "En revue", "En cours de revue", "En test", "En curso", "En progreso", "En revisión",
                "En pruebas");
        status(DONE, "Done", "Closed", "Resolved", "Released", "Complete", "Completed", "Fertig", "Erledigt",
                "Geschlossen", "Gelöst", "Abgeschlossen", "Terminé", "Terminée", "Fermé", "Fermée", "Résolu", "Résolue",
                "Listo", "Hecho", "Cerrada", "Cerrado", "Resuelta", "Resuelto", "Finalizada", "Finalizado");
        status(BLOCKED, "Blocked", "On Hold", "Impeded", "Blockiert", "Angehalten", "Bloqué", "Bloquée", "En attente",
                "Bloqueado", "Bloqueada", "En espera");
        status(CANCELLED, "Won't Do", "Won't Fix", "Cancelled", "Canceled", "Rejected", "Declined", "Duplicate",
                "Obsolete", "Abandoned", "Wird nicht erledigt", "Abgebrochen", "Abgelehnt", "Storniert",
                "Ne sera pas fait", "Annulé", "Abandonné", "Rejeté", "No se hará", "Cancelado", "Cancelada",
                "Rechazado", "Descartado");
        status(AT_RISK, "At Risk", "Gefährdet", "À risque", "En riesgo");

        ignore("Parent id", "Issue id", "Project type", "Project url", "Project description", "Last Viewed",
                "Attachment", "Log Work", "Watchers Id", "Assignee Id", "Reporter Id", "Creator Id", "Project lead id",
                "Vorgangs-ID", "Zuletzt angezeigt", "Anhang", "Arbeit protokollieren", "ID des Beobachters",
                "ID der zugewiesenen Person", "ID des Autors", "Ersteller-ID", "ID des Projektleiters");
    }

    @Override
    protected Match recognise(ExportHeader header) {
        if (!header.has(Field.KEY) || !header.has(Field.TITLE)) {
            return Match.NONE;
        }
        boolean jiraOnly = header.has(Field.TYPE) || header.has(Field.STATUS_CATEGORY) || header.has(Field.ALT_KEY)
                || header.has(Field.EPIC) || header.has(Field.PARENT_TITLE);
        return jiraOnly ? Match.STRONG : Match.WEAK;
    }

    @Override
    protected String headerKey(String header) {
        Matcher custom = CUSTOM_FIELD.matcher(header.strip());
        return super.headerKey(custom.matches() ? custom.group(1) : header);
    }
}
