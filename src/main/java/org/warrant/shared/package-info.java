/**
 * Shared: small helpers any feature may use, which depend on nothing of Warrant's: {@link
 * org.warrant.shared.RandomCodes}, the one way Warrant makes random codes (node refs, join codes, temporary
 * passwords); {@link org.warrant.shared.MarkdownNesting}, the bound on how deep Markdown may nest; and {@link
 * org.warrant.shared.DeepStack}, where parsers that recurse as deep as their input run; {@link
 * org.warrant.shared.Messages}, Warrant's texts in English and Persian, and {@link org.warrant.shared.Refused}, a refusal
 * whose reason is one of them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package org.warrant.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
