/**
 * JMH benchmarks of gil4j: the runtime lock ({@code lock}) and the same lock against its peers
 * ({@code peers}), generated wrappers ({@code wrapper}),
 * the samples ({@code samples}) and the checker's compile-time cost ({@code compiletime}).
 *
 * <p>Every figure is meant to be read as a ratio against a baseline measured in the same JMH run
 * ({@link org.gil4j.benchmarks.Ratios} prints them); absolute numbers drift between machines.
 */
package org.gil4j.benchmarks;
