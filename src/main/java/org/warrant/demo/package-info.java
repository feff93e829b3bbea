/**
 * Demo content: in the {@code demo} profile, the demo maps, the demo seminar and its assignments are loaded at
 * start-up from {@code seed-data/}, once. It uses the other features' public services as a user would, and
 * nothing depends on it.
 */
@NullMarked
package org.warrant.demo;

import org.jspecify.annotations.NullMarked;
