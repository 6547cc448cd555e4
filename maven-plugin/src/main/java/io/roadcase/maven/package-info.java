/**
 * The Maven plugin, {@code roadcase:validate} and {@code roadcase:generate}: each goal translates its
 * parameters into the generator's configuration and the result into Maven's log and exceptions, and
 * nothing else.
 */
package io.roadcase.maven;
