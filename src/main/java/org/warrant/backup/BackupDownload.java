package org.warrant.backup;

import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /admin/backups/{name}}: an admin downloads a backup; anyone else, or any other name, gets a 404 or 403 from the service. */
@RestController
class BackupDownload {

    private final BackupService backups;

    BackupDownload(BackupService backups) {
        this.backups = backups;
    }

    @GetMapping("/admin/backups/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        return backups.file(name).map(BackupDownload::attachment).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<Resource> attachment(Path file) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(new FileSystemResource(file));
    }
}
