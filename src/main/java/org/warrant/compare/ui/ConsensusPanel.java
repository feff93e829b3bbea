package org.warrant.compare.ui;

import static org.warrant.ui.Text.t;

import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.compare.CompareService;
import org.warrant.compare.Comparison;
import org.warrant.compare.ConsensusMap;
import org.warrant.drafts.MapDraftRejectedException;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;

/**
 * The claims and reasons at least k maps share, as an indented outline with how many maps share each; saved
 * on request as a read-only map, which opens in the editor (and exports from there as a Markdown outline).
 */
class ConsensusPanel extends Div {

    private static final Logger log = LoggerFactory.getLogger(ConsensusPanel.class);

    private final Comparison comparison;
    final Select<Integer> k = new Select<>();
    final Div outline = new Div();
    final Button open = new Button(t("consensus.open"));
    final Notice notice = new Notice();

    ConsensusPanel(Comparison c, CompareService compare) {
        this.comparison = c;
        addClassName("consensus-panel");
        k.setLabel(t("consensus.shared-by"));
        k.setItems(IntStream.rangeClosed(1, c.size()).boxed().toList());
        k.setItemLabelGenerator(n -> t(c.size() == 1 ? "consensus.k.one" : "consensus.k.other", n, c.size()));
        k.addValueChangeListener(e -> draw());
        outline.addClassName("consensus-outline");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> save(compare));
        Div controls = new Div(k, open);
        controls.addClassName("inline-form");
        add(controls, notice, outline);
        k.setValue(ReportLinks.defaultK(c.size()));
    }

    private void draw() {
        outline.removeAll();
        ConsensusMap consensus = comparison.consensus(k.getValue());
        open.setEnabled(!consensus.nodes().isEmpty());
        if (consensus.nodes().isEmpty()) {
            outline.add(new Paragraph(t("consensus.none", k.getValue())));
            return;
        }
        int[] depth = new int[consensus.nodes().size()];
        for (int i = 0; i < consensus.nodes().size(); i++) {
            ConsensusMap.Node n = consensus.nodes().get(i);
            depth[i] = n.parent() == null ? 0 : depth[n.parent()] + 1;
            Span kind = new Span(t("node-kind." + n.kind().name()) + " ");
            kind.addClassName("node-kind");
            Span support = new Span(t("consensus.support", n.support(), consensus.maps()));
            support.addClassName("support");
            support.getElement().setAttribute("title", String.join(", ", n.sharedBy()));
            Div line = new Div(kind, new Span(n.text() == null || n.text().isBlank() ? t("common.no-text") : n.text()), support);
            line.addClassName("consensus-node");
            line.getStyle().set("padding-inline-start", (depth[i] * 1.4) + "em");
            outline.add(line);
            if (!n.settled().isEmpty()) {
                Div settled = new Div();
                n.settled().forEach(note -> settled.add(new Paragraph(note)));
                settled.addClassName("consensus-settled");
                settled.getStyle().set("padding-inline-start", (depth[i] * 1.4 + 1.4) + "em");
                outline.add(settled);
            }
        }
    }

    private void save(CompareService compare) {
        try {
            long mapId = compare.saveConsensus(comparison, k.getValue());
            getUI().ifPresent(ui -> ui.navigate("maps/" + mapId));
        } catch (IllegalStateException | AccessDeniedException | MapDraftRejectedException e) {
            log.warn("Saving the consensus of assignment {} failed: {}", comparison.submissions().assignmentId(), Text.problem(e));
            notice.problem(Text.problem(e));
        }
    }
}
