/**
 * Shared widgets every feature's views use: notices, the not-found page, links across features, and the texts in the
 * user's language ({@link org.warrant.ui.Text}). It depends on no feature (only on shared), so any feature may use it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package org.warrant.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
