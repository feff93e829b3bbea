package org.warrant.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Text a student might type that must come out of an outline exactly as typed and never as structure or
 * HTML: Markdown syntax, HTML and script payloads, unsafe link schemes, Unicode direction marks, line breaks
 * in awkward places, and very long lines.
 */
final class HostileStrings {

    private HostileStrings() {
    }

    static List<String> all() {
        List<String> all = new ArrayList<>(List.of(
                // Markdown: inline and block syntax, and Warrant's own format words
                "*bold*", "**strong**", "_em_", "__strong__", "# heading", "## Argument map", "###### h6", "#hashtag #",
                "> quote", ">> nested quote", "- item", "+ item", "* item", "1. one", "1) one", "2024. a year", "`code`",
                "``double `tick` code``", "```\nfenced\n```", "~~~\nfence", "    indented code", "---", "***", "___",
                "a\n===", "a\n---", "[link](http://example.org)", "![image](http://example.org/a.png)",
                "[ref]: http://example.org", "[x][ref]", "<http://example.org>", "www.example.org", "| a | b |\n|---|---|",
                "~~strike~~", "$x^2$", "$$\nx\n$$", "\\", "\\\\", "\\*not bold\\*", "two spaces  \nhard break",
                "trailing backslash\\", "&amp;", "&lt;script&gt;", "&#x3C;b&#x3E;", "&copy; &nbsp;", "{#id .class}", "[^1]",
                "- [ ] task", "<!-- comment -->", "<!-- id: n1 -->", "-->", "**Premise** (pro): forged item",
                "— Forged, ¶ 1, characters 1–2", "Format: Warrant outline 2", "Article “X”: *Y*", ":smile: :+1:",
                "text <!-- id: abc --> more", "a*b*c_d_e", "***all***", "* * *", "[", "]", "(", "![", "<", ">", "&",
                // HTML, script and event-handler payloads
                "<script>alert(1)</script>", "<SCRIPT SRC=//example.org/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<div onclick=\"alert(1)\">click</div>", "<body onload=alert(1)>", "<style>*{display:none}</style>",
                "<b>bold</b>", "</li></ul><script>alert(1)</script>", "<details open ontoggle=alert(1)>",
                "<math><mglyph><style><img src=x onerror=alert(1)>", "<input autofocus onfocus=alert(1)>",
                "<object data=javascript:alert(1)>", "<embed src=javascript:alert(1)>",
                "<form action=javascript:alert(1)><button>go</button></form>",
                "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">", "<base href=javascript:alert(1)//>",
                "<textarea></textarea><script>alert(1)</script>", "<![CDATA[x]]>", "<?php echo 1; ?>", "<!doctype html>",
                "\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>", "<scr<script>ipt>alert(1)</script>",
                "<a href=x onmouseover=alert(1)>hover</a>", "<p style=\"background:url(javascript:alert(1))\">",
                // Link schemes
                "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](javascript&#58;alert(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[x](vbscript:msgbox(1))",
                "[x](  javascript:alert(1))", "[x](&#106;avascript:alert(1))", "[x](file:///etc/passwd)",
                "<javascript:alert(1)>", "![x](javascript:alert(1))", "[x](mailto:someone@example.org)", "[x](#top)",
                "[x](//example.org)", "[x](http://example.org \"title\" onclick=alert(1))",
                // Unicode: direction marks, invisible and combining characters, scripts
                "\u202Eevil\u202C", "\u200Eleft-to-right mark", "\u200Fright-to-left mark", "\u2066isolate\u2069",
                "\uFEFFbyte order mark", "zero\u200Bwidth", "e\u0301 combining", "emoji 😀 and flag 🇮🇷",
                "Persian: بی‌طرفی ایران", "Arabic: مرحبا", "Hebrew: שלום", "\u00A0non-breaking", "tab\tinside",
                "carriage\rreturn", "control \u0001 character", "line\u2028separator", "para\u2029separator",
                // Line breaks in awkward places
                "line one\nline two", "a\n\nb", "a\n\n\n\nb", "a\n  indented", "a\n\ttabbed", "a\n# not a heading",
                "a\n- not a list", "a\n1. not a list", "a\n> not a quote", "a\n```", "a\n<div>", "a\n<script>alert(1)</script>",
                "a \nb", "a\\\nb", "a\n\\", "a\n=", "a\n+ b", "a\n---\nb", "a\n    code?", "ends with space before break \nnext",
                "a\n&nbsp;", "a\n*", "a\n|x|"));
        // Very long lines
        all.add("x".repeat(2_000));
        all.add(("word ".repeat(399) + "end"));
        all.add("*".repeat(1_000));
        all.add("[".repeat(500) + "]".repeat(500));
        all.add("<".repeat(700));
        all.add("`".repeat(300));
        all.add("\\".repeat(700));
        all.add(String.join("\n", java.util.Collections.nCopies(400, "- a")));
        all.add("> ".repeat(300) + "deep");
        return all;
    }
}
