package org.warrant.exchange.argdown;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.warrant.exchange.argdown.ArgdownDocument.Argument;
import org.warrant.exchange.argdown.ArgdownDocument.Statement;
import org.warrant.exchange.argdown.ArgdownDocument.Type;

/**
 * Reads Argdown into an {@link ArgdownDocument}, line by line, as the Argdown parser reads the syntax guide's
 * styles: front matter, headings, statements and arguments (defined, referenced or untitled), nested relations
 * ({@code + - +> -> <+ <- _ _> <_ ><}), premise-conclusion structures with inference lines, tags, emphasis,
 * escapes, comments and YAML data. Nesting is a stack of lines, never recursion.
 */
final class ArgdownReader {

    private static final Pattern RELATION = Pattern.compile("^(<\\+|\\+>|<-|->|<_|_>|><|\\+|-|_)\\s+(.*)$");
    private static final Pattern PCS_ITEM = Pattern.compile("^\\((\\d+)\\)\\s*(.*)$");
    private static final Pattern INFERENCE = Pattern.compile("^--.*$");
    private static final Pattern HEADING = Pattern.compile("^#+\\s.*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\*|\\d+\\.)\\s+(.*)$");
    private static final Pattern DEFINED = Pattern.compile("^([\\[<])((?:\\\\.|[^\\]>\\\\])+)[\\]>]:\\s*(.*)$");
    private static final Pattern REFERENCED = Pattern.compile("^([\\[<])((?:\\\\.|[^\\]>\\\\])+)[\\]>]\\s*$");
    private static final Pattern DATA_MARK = Pattern.compile(ArgdownLines.DATA + "(\\d+)" + ArgdownLines.DATA);

    private final ArgdownDocument doc = new ArgdownDocument();
    private final ArgdownLines source;
    private final ArgdownData yaml = new ArgdownData();
    /** The open elements of the current block, innermost last: what a relation line's indentation attaches it to. */
    private final ArrayDeque<Open> open = new ArrayDeque<>();
    private @Nullable Argument pcs;
    private @Nullable Argument lastArgument;
    private boolean conclusionNext;
    private int untitled;

    private record Open(int indent, Object element) {
    }

    private ArgdownReader(String text) {
        this.source = new ArgdownLines(text);
    }

    static ArgdownDocument read(String text) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").lines().toList();
        ArgdownDocument front = new ArgdownDocument();
        int body = frontMatter(lines, front);
        // The front matter is one token to Argdown's lexer (comments and braces in it are YAML's); its lines stay, blank.
        ArgdownReader reader = new ArgdownReader("\n".repeat(body) + String.join("\n", lines.subList(body, lines.size())));
        reader.doc.frontMatter.putAll(front.frontMatter);
        reader.doc.problems.addAll(front.problems);
        reader.readAll();
        return reader.doc;
    }

    private void readAll() {
        List<String> lines = source.lines;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (raw.equals(ArgdownLines.CONTINUED)) {
                continue;
            }
            int indent = indentOf(raw);
            String line = raw.strip();
            int number = i + 1;
            if (line.isEmpty()) {
                if (pcs == null || !pcs.premises.isEmpty()) {
                    pcs = null; // a blank line ends a premise-conclusion structure, not the gap after its argument's title
                }
                continue;
            }
            if (indent == 0 && HEADING.matcher(line).matches()) {
                open.clear();
                pcs = null;
                lastArgument = null;
                continue;
            }
            Matcher item = PCS_ITEM.matcher(line);
            if (indent == 0 && item.matches()) {
                pcsItem(item.group(2), number);
                continue;
            }
            if (indent == 0 && pcs != null && INFERENCE.matcher(line).matches()) {
                conclusionNext = true;
                continue;
            }
            Matcher relation = RELATION.matcher(line);
            if (indent > 0 && relation.matches() && !open.isEmpty()) {
                relation(indent, relation.group(1), relation.group(2), number);
                continue;
            }
            Matcher listed = LIST_ITEM.matcher(line);
            topElement(listed.matches() && indent == 0 ? listed.group(1) : line, number);
        }
    }

    private static int frontMatter(List<String> lines, ArgdownDocument doc) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size() || !lines.get(first).strip().startsWith("===")) {
            return 0;
        }
        for (int end = first + 1; end < lines.size(); end++) {
            if (lines.get(end).contains("===")) {
                String yamlText = String.join("\n", lines.subList(first + 1, end));
                new ArgdownData().map(yamlText, first + 2, doc.problems).ifPresent(doc.frontMatter::putAll);
                return end + 1;
            }
        }
        doc.problems.add(new ArgdownDocument.Problem(first + 1, "The front matter opened with === is never closed: end it with a line of ===."));
        return lines.size();
    }

    private void topElement(String content, int line) {
        Object element = element(content, line);
        open.clear();
        open.push(new Open(0, element));
        pcs = null;
        lastArgument = element instanceof Argument a ? a : null;
    }

    private void pcsItem(String content, int line) {
        if (pcs == null) {
            pcs = lastArgument != null && lastArgument.premises.isEmpty() && lastArgument.conclusion == null
                    ? lastArgument : doc.argument("Untitled argument " + (++untitled), line);
        }
        Object element = element(content, line);
        Statement s = element instanceof Statement st ? st : doc.statement(((Argument) element).title, line);
        if (conclusionNext) {
            if (pcs.conclusion != null) {
                pcs.premises.add(pcs.conclusion); // an intermediary conclusion is a premise of the next step
            }
            pcs.conclusion = s;
            conclusionNext = false;
        } else {
            pcs.premises.add(s);
        }
        open.clear();
        open.push(new Open(0, s));
    }

    private void relation(int indent, String symbol, String content, int line) {
        while (open.size() > 1 && open.peek().indent() >= indent) {
            open.pop();
        }
        Object parent = open.peek().element();
        Object child = element(content, line);
        switch (symbol) {
            case "+", "<+" -> doc.relations.add(new ArgdownDocument.Relation(child, parent, Type.SUPPORT, line));
            case "-", "<-" -> doc.relations.add(new ArgdownDocument.Relation(child, parent, Type.ATTACK, line));
            case "+>" -> doc.relations.add(new ArgdownDocument.Relation(parent, child, Type.SUPPORT, line));
            case "->" -> doc.relations.add(new ArgdownDocument.Relation(parent, child, Type.ATTACK, line));
            case "_", "<_" -> doc.relations.add(new ArgdownDocument.Relation(child, inferenceOf(parent), Type.UNDERCUT, line));
            case "_>" -> doc.relations.add(new ArgdownDocument.Relation(parent, inferenceOf(child), Type.UNDERCUT, line));
            default -> doc.relations.add(new ArgdownDocument.Relation(child, parent, Type.CONTRADICTION, line));
        }
        open.push(new Open(indent, child));
    }

    /** An undercut under a statement of a premise-conclusion structure attacks that argument's inference. */
    private Object inferenceOf(Object element) {
        if (element instanceof Statement s) {
            for (Argument a : doc.arguments.values()) {
                if (a.conclusion == s || a.premises.contains(s)) {
                    return a;
                }
            }
        }
        return element;
    }

    /** A statement or argument: {@code [T]: text}, {@code [T]}, {@code <T>: text}, {@code <T>}, or untitled text. */
    private Object element(String content, int line) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        Matcher marks = DATA_MARK.matcher(content);
        while (marks.find()) {
            yaml.map(source.data.get(Integer.parseInt(marks.group(1))), line, doc.problems).ifPresent(data::putAll);
        }
        String text = DATA_MARK.matcher(content).replaceAll("").strip();
        Matcher defined = DEFINED.matcher(text);
        Matcher referenced = REFERENCED.matcher(text);
        boolean isDefinition = defined.matches();
        boolean isReference = !isDefinition && referenced.matches();
        Matcher m = isDefinition ? defined : referenced;
        String own = isDefinition ? ArgdownInlineText.clean(defined.group(3)) : isReference ? "" : ArgdownInlineText.clean(text);
        if ((isDefinition || isReference) && m.group(1).equals("<")) {
            Argument a = doc.argument(ArgdownText.unescape(m.group(2)).strip(), line);
            a.text = a.text.isEmpty() ? own : a.text;
            return a;
        }
        Statement s = isDefinition || isReference ? doc.statement(ArgdownText.unescape(m.group(2)).strip(), line)
                : doc.statement("Untitled " + (++untitled), line);
        s.text = s.text.isEmpty() ? own : s.text;
        data.forEach(s.data::putIfAbsent);
        return s;
    }

    private static int indentOf(String line) {
        int width = 0;
        for (int i = 0; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
            width += line.charAt(i) == '\t' ? 4 : 1;
        }
        return width;
    }
}
