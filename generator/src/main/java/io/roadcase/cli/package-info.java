/**
 * The command line, {@code roadcase validate} and {@code roadcase generate}: options in, the
 * generator's result out as problem lines and exit codes (0 done, 1 the data or a user template has
 * errors, 2 wrong usage, 3 internal or I/O). {@code bin/roadcase} of the distribution starts it in a
 * JVM tuned for a short run.
 */
package io.roadcase.cli;
