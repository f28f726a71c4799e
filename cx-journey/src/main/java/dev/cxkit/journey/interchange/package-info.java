/**
 * Interchange with process mining: journeys written as XES event logs (IEEE 1849-2016) and OCEL 2.0
 * JSON, and XES event logs read back as events, so that pm4py, ProM and Celonis users move data
 * both ways.
 *
 * <pre>{@code
 * Xes.write(journeys, Path.of("journeys.xes"));
 * Ocel.write(journeys, Path.of("journeys.jsonocel"));
 * EventDictionaries dict = new EventDictionaries();
 * EventLog.Builder log = EventLog.builder(dict);
 * Xes.read(Path.of("log.xes"), dict, log);
 * }</pre>
 */
@NullMarked
package dev.cxkit.journey.interchange;

import org.jspecify.annotations.NullMarked;
