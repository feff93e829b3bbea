/**
 * The seminars list, a seminar's page and the join link.
 */
@NullMarked
package org.warrant.seminars.ui;

import org.jspecify.annotations.NullMarked;
