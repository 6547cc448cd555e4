/**
 * Check: the rules that need more than one cell (duplicate ids, references to things that do not
 * exist, dependency cycles, dates that contradict each other, funding and KPI rules), each finding a
 * problem with its place. Runs on the portfolio as read, before anything is computed.
 */
package io.roadcase.check;
