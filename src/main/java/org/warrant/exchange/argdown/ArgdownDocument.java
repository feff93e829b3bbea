package org.warrant.exchange.argdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an Argdown document says, as Argdown's own model has it: statements and arguments by title (a title used
 * twice is one element), and the relations between them, each with the line it was written on.
 */
final class ArgdownDocument {

    enum Type { SUPPORT, ATTACK, UNDERCUT, CONTRADICTION }

    static final class Statement {
        final String title;
        final int line;
        String text = "";
        final Map<String, Object> data = new LinkedHashMap<>();

        Statement(String title, int line) {
            this.title = title;
            this.line = line;
        }
    }

    static final class Argument {
        final String title;
        final int line;
        String text = "";
        final List<Statement> premises = new ArrayList<>();
        @Nullable Statement conclusion;

        Argument(String title, int line) {
            this.title = title;
            this.line = line;
        }
    }

    /** A relation between two elements; {@code to} an argument with {@link Type#UNDERCUT} is its inference. */
    record Relation(Object from, Object to, Type type, int line) {
    }

    final Map<String, Object> frontMatter = new LinkedHashMap<>();
    final Map<String, Statement> statements = new LinkedHashMap<>();
    final Map<String, Argument> arguments = new LinkedHashMap<>();
    final List<Relation> relations = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    record Problem(int line, String message) {
    }

    Statement statement(String title, int line) {
        return statements.computeIfAbsent(title, t -> new Statement(t, line));
    }

    Argument argument(String title, int line) {
        return arguments.computeIfAbsent(title, t -> new Argument(t, line));
    }
}
