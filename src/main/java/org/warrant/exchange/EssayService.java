package org.warrant.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.exchange.model.MapContent;
import org.warrant.exchange.print.EssayHtml;
import org.warrant.exchange.print.PdfRenderer;
import org.warrant.export.FileNames;

/**
 * A readable map as an essay plan (docs/pictures.md): numbered sections with quotes and their references, as a
 * printable page ({@code /maps/{id}/essay.html}) and as a PDF with embedded fonts ({@code /maps/{id}/essay.pdf}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EssayService {

    private final MapContents contents;
    private final Clock clock;

    EssayService(MapContents contents, Clock clock) {
        this.contents = contents;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ExportedFile html(long mapId) {
        MapContent map = contents.of(mapId);
        byte[] html = EssayHtml.write(map, LocalDate.now(clock)).getBytes(StandardCharsets.UTF_8);
        return new ExportedFile(FileNames.stem(map.title(), "map") + "-essay-plan.html", FileNames.unicodeStem(map.title(), "map") + "-essay-plan.html",
                "text/html; charset=UTF-8", html);
    }

    @Transactional(readOnly = true)
    public ExportedFile pdf(long mapId) {
        MapContent map = contents.of(mapId);
        byte[] pdf = PdfRenderer.render(EssayHtml.write(map, LocalDate.now(clock)), map.title());
        return new ExportedFile(FileNames.stem(map.title(), "map") + "-essay-plan.pdf", FileNames.unicodeStem(map.title(), "map") + "-essay-plan.pdf",
                "application/pdf", pdf);
    }
}
