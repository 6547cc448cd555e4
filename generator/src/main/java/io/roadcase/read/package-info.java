/**
 * Read, second half: one table per kind of sheet, each column declared once (name, aliases, type,
 * required), turning the cells the {@code source} package streams into the model's records, and every
 * cell that does not fit into a problem naming its file, sheet and cell.
 */
package io.roadcase.read;
