/**
 * Shared widgets every feature's views use: notices, the not-found page, links across features. It depends on
 * no feature, so any feature may use it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.warrant.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
