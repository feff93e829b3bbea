package org.warrant.export;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.warrant.shared.DeepStack;
import org.warrant.shared.MarkdownNesting;

/**
 * Any text given to the outline import is read into an outline with its problems, or refused (too deeply nested,
 * or running on without closing what it opened): never another exception, never a stack overflow. The regression run replays the committed
 * inputs (OutlineReaderFuzzTestInputs); {@code JAZZER_FUZZ=1} fuzzes on (docs/security.md).
 */
class OutlineReaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void any_text_is_read_or_refused_with_problems(FuzzedDataProvider data) {
        String markdown = data.consumeRemainingAsString();
        if (MarkdownNesting.refusal(markdown, "The outline").isPresent()) {
            return; // OutlineService refuses it here, before parsing
        }
        OutlinePieces pieces = OutlineReader.read(markdown);
        for (int i = 0; i < pieces.count(); i++) {
            OutlineReader piece;
            try {
                piece = pieces.get(i);
            } catch (DeepStack.TooIntricate refused) {
                return; // OutlineService refuses it with a message
            }
            piece.outline().nodes().forEach(item -> {
                if (item.line() < 1) {
                    throw new IllegalStateException("an item without a line: " + item);
                }
            });
            piece.problems().forEach(p -> {
                if (p.message().isBlank()) {
                    throw new IllegalStateException("a problem without words at line " + p.line());
                }
            });
        }
    }
}
