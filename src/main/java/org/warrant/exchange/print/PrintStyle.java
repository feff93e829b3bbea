package org.warrant.exchange.print;

/** The style of printed pages (the essay plan, the comparison report): on screen, on paper and in the PDF alike. */
final class PrintStyle {

    static final String CSS = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-family: Vazirmatn, sans-serif; font-size: 9pt; color: #555; } }
            body { font-family: Vazirmatn, 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111;
              max-width: 48rem; margin: 0 auto; padding: 1rem; }
            h1 { font-size: 18pt; margin: 0 0 .3em; }
            h2 { font-size: 13pt; margin: 1.2em 0 .4em; page-break-after: avoid; }
            .meta, .description { color: #444; }
            .num { font-weight: bold; color: #333; margin-right: .3em; }
            .role { font-size: 8.5pt; font-weight: bold; text-transform: uppercase; letter-spacing: .04em; margin-right: .4em; }
            .role.pro { color: #1f6b30; } .role.con { color: #9b1620; }
            .with { font-size: 9pt; color: #444; font-style: italic; margin-right: .3em; }
            .node { border-left: 3px solid #1f6b30; padding: .1em 0 .1em .6em; margin: .35em 0; page-break-inside: avoid; }
            .node.con { border-left: 3px dashed #9b1620; }
            .head { margin: 0; }
            blockquote { margin: .3em 0 0 1em; font-style: italic; color: #333; }
            .ref { margin: .1em 0 .2em 1em; font-size: 9pt; color: #444; }
            ol.sources { list-style: none; padding-left: 0; } .url { word-break: break-all; }
            ul, ol { padding-left: 1.4em; } li { margin: .15em 0; }
            table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: .2em .4em; }
            @media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
            """;

    private PrintStyle() {
    }
}
