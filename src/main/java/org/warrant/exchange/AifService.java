package org.warrant.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.exchange.aif.AifReader;
import org.warrant.exchange.aif.AifWriter;
import org.warrant.exchange.model.MapContent;
import org.warrant.exchange.model.ReadMap;
import org.warrant.export.FileNames;

/**
 * Maps as AIF JSON (docs/aif.md), the Argument Interchange Format as AIFdb and OVA read and write it: export any
 * readable map (also at {@code /maps/{id}/map.aif.json}); import AIFdb's or OVA's JSON as a new map, saying what
 * Warrant could not hold.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AifService {

    public static final int MAX_CHARS = 10_000_000;
    public static final String MEDIA_TYPE = "application/json";
    private static final Logger log = LoggerFactory.getLogger(AifService.class);

    private final MapContents contents;
    private final ReadMapImporter importer;
    private final Clock clock;

    AifService(MapContents contents, ReadMapImporter importer, Clock clock) {
        this.contents = contents;
        this.importer = importer;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ExportedFile export(long mapId) {
        MapContent map = contents.of(mapId);
        byte[] json = AifWriter.write(map, LocalDate.now(clock)).getBytes(StandardCharsets.UTF_8);
        return new ExportedFile(FileNames.stem(map.title(), "map") + ".aif.json", FileNames.unicodeStem(map.title(), "map") + ".aif.json",
                MEDIA_TYPE, json);
    }

    /** What the AIF would import as, making nothing. */
    public ReadMap read(String json) {
        if (json == null || json.isBlank()) {
            return ReadMap.refused("The AIF file is empty.");
        }
        if (json.length() > MAX_CHARS) {
            return ReadMap.refused("The AIF file has %,d characters; at most %,d can be imported.".formatted(json.length(), MAX_CHARS));
        }
        return AifReader.read(json);
    }

    /** Creates a map from AIF JSON, owned by the importer; {@code articleId} when the file names no article Warrant has. */
    @Transactional
    public long importAsMap(String json, String fallbackTitle, @Nullable Long articleId) {
        ReadMap read = read(json);
        long mapId = importer.asNewMap(read, fallbackTitle, articleId);
        log.info("Imported AIF of {} I-nodes as map {}", read.nodes().size(), mapId);
        return mapId;
    }

}
