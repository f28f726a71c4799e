/** JMH benchmarks of journey insights: conformance alignment and what-if evaluation. */
package dev.cxkit.benchmarks.insight;
