package org.warrant.export;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.warrant.maps.MapNotFoundException;

/**
 * Any readable map's outline at {@code /maps/{id}/outline.md} ({@code ?comments=true} adds the comments the
 * user sees), for signed-in users. The rule is the editor's
 * (through {@link OutlineService#export}): a map the user may not read is "not found", never "forbidden",
 * so map ids can't be probed.
 */
@RestController
class OutlineEndpoint {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final OutlineService outlines;

    OutlineEndpoint(OutlineService outlines) {
        this.outlines = outlines;
    }

    @GetMapping("/maps/{id}/outline.md")
    ResponseEntity<String> outline(@PathVariable long id, @RequestParam(defaultValue = "false") boolean comments) {
        OutlineFile outline = outlines.export(id, comments);
        return Downloads.inline(MARKDOWN, outline.fileName(), outline.unicodeFileName(), outline.markdown());
    }

    @ExceptionHandler(MapNotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
