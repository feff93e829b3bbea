package org.warrant.exchange;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.warrant.export.Downloads;
import org.warrant.maps.MapNotFoundException;

/**
 * A readable map in the other formats, for signed-in users: {@code map.argdown}, {@code map.aif.json},
 * {@code diagram.svg}, {@code diagram.png}, {@code essay.html}, {@code essay.pdf}. As for the
 * outline, a map the user may not read is "not found", never "forbidden", so map ids can't be probed.
 */
@RestController
class ExchangeEndpoint {

    private final ArgdownService argdown;
    private final AifService aif;
    private final DiagramService diagrams;
    private final EssayService essays;

    ExchangeEndpoint(ArgdownService argdown, AifService aif, DiagramService diagrams, EssayService essays) {
        this.argdown = argdown;
        this.aif = aif;
        this.diagrams = diagrams;
        this.essays = essays;
    }

    @GetMapping("/maps/{id}/essay.html")
    ResponseEntity<byte[]> essayPage(@PathVariable long id) {
        return file(essays.html(id));
    }

    @GetMapping("/maps/{id}/essay.pdf")
    ResponseEntity<byte[]> essayPdf(@PathVariable long id) {
        return file(essays.pdf(id));
    }

    /** {@code node}: that node and what answers it; {@code quotes}: the quoted passages under their boxes. */
    @GetMapping("/maps/{id}/diagram.svg")
    ResponseEntity<byte[]> svg(@PathVariable long id, @RequestParam(required = false) @Nullable Long node,
                               @RequestParam(defaultValue = "false") boolean quotes) {
        return file(diagrams.svg(id, node, quotes));
    }

    @GetMapping("/maps/{id}/diagram.png")
    ResponseEntity<byte[]> png(@PathVariable long id, @RequestParam(required = false) @Nullable Long node,
                               @RequestParam(defaultValue = "false") boolean quotes) {
        return file(diagrams.png(id, node, quotes));
    }

    @GetMapping("/maps/{id}/map.aif.json")
    ResponseEntity<byte[]> aif(@PathVariable long id) {
        return file(aif.export(id));
    }

    @GetMapping("/maps/{id}/map.argdown")
    ResponseEntity<byte[]> argdown(@PathVariable long id) {
        return file(argdown.export(id));
    }

    private static ResponseEntity<byte[]> file(ExportedFile file) {
        return Downloads.inline(MediaType.parseMediaType(file.mediaType()), file.fileName(), file.unicodeFileName(), file.content());
    }

    @ExceptionHandler(MapNotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
