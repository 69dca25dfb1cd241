/**
 * gil4j's lock against its peers, each measured in the same run: unfair and fair {@link
 * java.util.concurrent.locks.ReentrantLock} and a CPython-style 5 ms hand-off lock written for
 * these benchmarks. Uncontended holds and round trips, tiny contended sections with the longest
 * wait, the convoy measuring the CPU threads' work beside a blocking thread, and the telemetry's
 * cost; {@code benchmarks/run-peers.sh} runs them on each JDK and {@link
 * org.gil4j.benchmarks.Ratios} prints the targets.
 */
package org.gil4j.benchmarks.peers;
