/**
 * Shared: small helpers any feature may use, which depend on nothing of Warrant's. Today that is
 * {@link org.warrant.shared.RandomCodes}, the one way Warrant makes random codes (node refs, join codes,
 * temporary passwords).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.warrant.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
