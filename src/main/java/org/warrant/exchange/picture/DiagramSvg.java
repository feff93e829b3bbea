package org.warrant.exchange.picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.warrant.exchange.model.MapContent;
import org.warrant.exchange.picture.DiagramLayout.Box;
import org.warrant.maps.MapNode;
import org.warrant.maps.NodeKind;
import org.warrant.maps.NodeRole;
import org.warrant.maps.Stance;

/**
 * The map's diagram as one self-contained SVG file (docs/pictures.md): presentation attributes only (no style sheet,
 * no script, no external font or image), so browsers, Inkscape and Batik draw it alike. Pro and con differ by line
 * style and arrowhead as well as by colour, and every box names its role, so a black-and-white print keeps them
 * apart; a legend says which is which. All text is escaped XML.
 */
public final class DiagramSvg {

    static final String FONT = "Vazirmatn, 'DejaVu Sans', 'Noto Sans', Arial, sans-serif";
    static final String PRO = "#1f6b30";
    static final String CON = "#9b1620";
    private static final double LEGEND = 96;

    private final MapContent map;
    private final DiagramLayout layout;
    private final StringBuilder out = new StringBuilder(1 << 16);

    private DiagramSvg(MapContent map, boolean withQuotes) {
        this.map = map;
        this.layout = new DiagramLayout(map, withQuotes);
    }

    /** The whole map (or the subtree {@code map} holds), quotes under the boxes when {@code withQuotes}. */
    public static String write(MapContent map, boolean withQuotes) {
        return new DiagramSvg(map, withQuotes).document();
    }

    /** The drawing's size in CSS pixels, legend included. */
    public static double[] size(String svg) {
        var m = java.util.regex.Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"").matcher(svg);
        return m.find() ? new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))} : new double[] {0, 0};
    }

    private String document() {
        double w = Math.max(layout.width, 640);
        double h = layout.height + LEGEND;
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(w)).append("\" height=\"").append(n(h))
                .append("\" viewBox=\"0 0 ").append(n(w)).append(' ').append(n(h)).append("\" role=\"img\" aria-labelledby=\"t d\" font-family=\"")
                .append(FONT).append("\" font-size=\"12.5\">\n");
        out.append("<title id=\"t\">").append(Xml.text(map.title())).append("</title>\n");
        out.append("<desc id=\"d\">Argument map with ").append(layout.inOrder.size()).append(layout.inOrder.size() == 1 ? " node" : " nodes")
                .append(". Boxes name their role; solid arrows support, dashed arrows object, dotted arrows undercut a step.</desc>\n");
        markers();
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        groups();
        links();
        layout.inOrder.forEach(this::box);
        legend(layout.height, w);
        out.append("</svg>\n");
        return out.toString();
    }

    private void markers() {
        out.append("<defs>\n");
        out.append("<marker id=\"pro\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(PRO).append("\"/></marker>\n");
        out.append("<marker id=\"con\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#ffffff\" stroke=\"").append(CON).append("\" stroke-width=\"1.6\"/>")
                .append("<path d=\"M0,1 L0,9\" stroke=\"").append(CON).append("\" stroke-width=\"2\"/></marker>\n");
        out.append("</defs>\n");
    }

    /** A dashed frame around each set of co-premises, labelled: they count only together. */
    private void groups() {
        Map<String, List<Box>> groups = new LinkedHashMap<>();
        for (Box b : layout.inOrder) {
            MapNode n = b.node();
            if (n.reasonGroup() != null && n.parentId() != null && map.groupsUnder(n.parentId()).containsKey(n.reasonGroup())) {
                groups.computeIfAbsent(n.parentId() + ":" + n.reasonGroup(), k -> new ArrayList<>()).add(b);
            }
        }
        for (List<Box> members : groups.values()) {
            double x1 = members.stream().mapToDouble(Box::x).min().orElse(0) - 6;
            double x2 = members.stream().mapToDouble(b -> b.x() + DiagramLayout.BOX_WIDTH).max().orElse(0) + 6;
            double y1 = members.stream().mapToDouble(Box::y).min().orElse(0) - 20;
            double y2 = members.stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0) + 6;
            String colour = members.getFirst().node().stance() == Stance.CON ? CON : PRO;
            out.append("<rect x=\"").append(n(x1)).append("\" y=\"").append(n(y1)).append("\" width=\"").append(n(x2 - x1))
                    .append("\" height=\"").append(n(y2 - y1)).append("\" rx=\"10\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"1.4\" stroke-dasharray=\"8 4\"/>\n");
            out.append("<text x=\"").append(n(x1 + 8)).append("\" y=\"").append(n(y1 + 13)).append("\" font-size=\"10\" font-weight=\"bold\" fill=\"")
                    .append(colour).append("\">LINKED ").append(members.getFirst().node().stance() == Stance.CON ? "OBJECTION" : "REASON")
                    .append(" · ").append(members.size()).append(" CO-PREMISES</text>\n");
        }
    }

    /** An arrow from each reply up to what it answers (one per co-premise set); an undercut aims at the step's arrow. */
    private void links() {
        java.util.Set<String> drawnGroups = new java.util.HashSet<>();
        for (Box b : layout.inOrder) {
            if (b.parent() == null) {
                continue;
            }
            MapNode node = b.node();
            Box to = layout.boxes.get(b.parent().id());
            double sx = b.centre();
            double sy = b.y();
            if (node.reasonGroup() != null && map.groupsUnder(b.parent().id()).containsKey(node.reasonGroup())) {
                if (!drawnGroups.add(b.parent().id() + ":" + node.reasonGroup())) {
                    continue;
                }
                List<MapNode> members = map.groupsUnder(b.parent().id()).get(node.reasonGroup());
                sx = members.stream().mapToDouble(m -> layout.boxes.get(m.id()).centre()).average().orElse(sx);
                sy = members.stream().mapToDouble(m -> layout.boxes.get(m.id()).y()).min().orElse(sy) - 20;
            }
            double tx = to.centre();
            double ty = to.y() + to.height();
            boolean undercut = map.undercuts(node);
            Box grand = to.parent() == null ? null : layout.boxes.get(to.parent().id());
            if (undercut && grand != null) {
                tx = (to.centre() + grand.centre()) / 2 + 0.5;
                ty = (to.y() + grand.y() + grand.height()) / 2;
            }
            boolean con = node.stance() == Stance.CON;
            double mid = (sy + ty) / 2;
            out.append("<path d=\"M").append(n(sx)).append(',').append(n(sy)).append(" C").append(n(sx)).append(',').append(n(mid))
                    .append(' ').append(n(tx)).append(',').append(n(mid)).append(' ').append(n(tx)).append(',').append(n(ty + 2))
                    .append("\" fill=\"none\" stroke=\"").append(con ? CON : PRO).append("\" stroke-width=\"1.7\"")
                    .append(undercut ? " stroke-dasharray=\"2 3\"" : con ? " stroke-dasharray=\"7 4\"" : "")
                    .append(" marker-end=\"url(#").append(con ? "con" : "pro").append(")\"/>\n");
        }
    }

    private void box(Box b) {
        MapNode node = b.node();
        boolean claim = b.parent() == null;
        String stroke = claim ? "#1d3f63" : node.stance() == Stance.CON ? CON : node.stance() == Stance.PRO ? PRO : "#5d6472";
        double x = b.x();
        double y = b.y();
        out.append("<g class=\"node\">\n<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(DiagramLayout.BOX_WIDTH))
                .append("\" height=\"").append(n(b.height())).append("\" rx=\"6\" fill=\"").append(claim ? "#eef3f9" : "#ffffff")
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(claim ? "2.4" : "1.4").append('"')
                .append(node.kind() == NodeKind.EVIDENCE ? " stroke-dasharray=\"4 3\"" : "").append("/>\n");
        String role = claim ? "Claim" : NodeRole.of(node, b.parent()).label();
        out.append("<text x=\"").append(n(x + 10)).append("\" y=\"").append(n(y + 17)).append("\" font-size=\"10\" font-weight=\"bold\" fill=\"")
                .append(stroke).append("\" letter-spacing=\"0.6\">").append(Xml.text(role.toUpperCase(Locale.ROOT))).append("</text>\n");
        lines(b.lines(), x, y + 36, DiagramText.LINE_HEIGHT, claim ? " font-weight=\"bold\"" : "", "#1f2430");
        if (!b.quotes().isEmpty()) {
            lines(b.quotes(), x, y + 36 + b.lines().size() * DiagramText.LINE_HEIGHT + 6, DiagramText.QUOTE_LINE_HEIGHT,
                    " font-style=\"italic\" font-size=\"11\"", "#4a4f5a");
        }
        out.append("</g>\n");
    }

    /** Lines of one text, right-aligned and read right to left when the text is (Persian, Arabic). */
    private void lines(List<String> lines, double x, double firstBaseline, double step, String extra, String fill) {
        boolean rtl = Xml.rightToLeft(String.join(" ", lines));
        out.append("<text").append(extra).append(" fill=\"").append(fill).append('"')
                .append(rtl ? " direction=\"rtl\" text-anchor=\"end\"" : "").append('>');
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(n(rtl ? x + DiagramLayout.BOX_WIDTH - 10 : x + 10)).append("\" y=\"")
                    .append(n(firstBaseline + i * step)).append("\">").append(Xml.text(lines.get(i))).append("</tspan>");
        }
        out.append("</text>\n");
    }

    private void legend(double top, double width) {
        double y = top + 8;
        out.append("<g font-size=\"11\" fill=\"#1f2430\">\n");
        out.append("<line x1=\"24\" y1=\"").append(n(y)).append("\" x2=\"").append(n(width - 24)).append("\" y2=\"").append(n(y))
                .append("\" stroke=\"#c9cdd4\"/>\n");
        legendLine(24, y + 28, PRO, "", "pro", "supports (reason, evidence for)");
        legendLine(264, y + 28, CON, " stroke-dasharray=\"7 4\"", "con", "objects (objection, evidence against)");
        legendLine(24, y + 58, CON, " stroke-dasharray=\"2 3\"", "con", "undercuts: attacks the step, not the statement");
        out.append("<rect x=\"374\" y=\"").append(n(y + 46)).append("\" width=\"40\" height=\"20\" rx=\"5\" fill=\"none\" stroke=\"").append(PRO)
                .append("\" stroke-dasharray=\"8 4\"/><text x=\"422\" y=\"").append(n(y + 60)).append("\">co-premises: count only together</text>\n");
        out.append("<rect x=\"584\" y=\"").append(n(y + 16)).append("\" width=\"40\" height=\"20\" rx=\"5\" fill=\"#ffffff\" stroke=\"").append(PRO)
                .append("\" stroke-dasharray=\"4 3\"/><text x=\"632\" y=\"").append(n(y + 30)).append("\">evidence (quoted)</text>\n");
        out.append("</g>\n");
    }

    private void legendLine(double x, double y, String colour, String dash, String marker, String label) {
        out.append("<path d=\"M").append(n(x)).append(',').append(n(y)).append(" L").append(n(x + 50)).append(',').append(n(y))
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"1.7\"").append(dash).append(" marker-end=\"url(#").append(marker)
                .append(")\"/><text x=\"").append(n(x + 60)).append("\" y=\"").append(n(y + 4)).append("\">").append(Xml.text(label)).append("</text>\n");
    }

    private static String n(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
