/**
 * Warrant: argument maps anchored to the passages of the articles a seminar reads. Each direct subpackage is
 * a feature (a Spring Modulith application module) whose root package is its public API; docs/decisions/0016
 * says which feature may use which, and {@code ArchitectureTest} checks it.
 */
@NullMarked
package org.warrant;

import org.jspecify.annotations.NullMarked;
