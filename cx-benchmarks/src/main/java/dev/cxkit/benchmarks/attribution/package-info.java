/**
 * Attribution benchmarks: exact Markov removal effects end to end from path-table files, on the
 * shared ChannelAttribution table and on seeded scale-ups of it ({@link
 * dev.cxkit.benchmarks.attribution.PathTableGenerator}).
 */
package dev.cxkit.benchmarks.attribution;
