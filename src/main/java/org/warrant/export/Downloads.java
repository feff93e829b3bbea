package org.warrant.export;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A map's file as an HTTP response, alike for every format: shown in the browser where it can be, named in ASCII and in
 * the title's own script ({@link FileNames#disposition}), never sniffed for another type, never cached (it is the map as
 * it is now, and may be private).
 */
public final class Downloads {

    private Downloads() {
    }

    public static <T> ResponseEntity<T> inline(MediaType type, String fileName, String unicodeFileName, T body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.disposition("inline", fileName, unicodeFileName))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
