/**
 * JMH benchmarks of cxkit. Build with {@code mvn -pl cx-benchmarks -am package -DskipTests} and run
 * {@code java -jar cx-benchmarks/target/benchmarks.jar <regex>}; results go to {@code
 * docs/BENCHMARKS.md}.
 */
package dev.cxkit.benchmarks;
