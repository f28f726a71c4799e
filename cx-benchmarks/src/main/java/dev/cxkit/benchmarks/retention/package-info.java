/** JMH benchmarks of Kaplan–Meier survival on a million customer lifetimes. */
package dev.cxkit.benchmarks.retention;
