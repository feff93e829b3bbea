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
import org.warrant.exchange.argdown.ArgdownTree;
import org.warrant.exchange.argdown.ArgdownWriter;
import org.warrant.exchange.model.MapContent;
import org.warrant.exchange.model.ReadMap;
import org.warrant.export.FileNames;

/**
 * Maps as Argdown (docs/argdown.md): export any map the user may read (also at {@code /maps/{id}/map.argdown}),
 * read Argdown to show what it would make, and import it as a new map or into a map the user may edit, in one
 * transaction or not at all.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ArgdownService {

    /** As for outlines: several times a full 10,000-node map. */
    public static final int MAX_CHARS = 5_000_000;
    public static final String MEDIA_TYPE = "text/plain; charset=UTF-8";
    private static final Logger log = LoggerFactory.getLogger(ArgdownService.class);

    private final MapContents contents;
    private final ReadMapImporter importer;
    private final ReadMapIntoMap into;
    private final Clock clock;

    ArgdownService(MapContents contents, ReadMapImporter importer, ReadMapIntoMap into, Clock clock) {
        this.contents = contents;
        this.importer = importer;
        this.into = into;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ExportedFile export(long mapId) {
        MapContent map = contents.of(mapId);
        byte[] text = ArgdownWriter.write(map, LocalDate.now(clock)).getBytes(StandardCharsets.UTF_8);
        return new ExportedFile(FileNames.stem(map.title(), "map") + ".argdown", FileNames.unicodeStem(map.title(), "map") + ".argdown",
                MEDIA_TYPE, text);
    }

    /** What the Argdown would import as, making nothing: the nodes, the problems, what Warrant can't hold. */
    public ReadMap read(String argdown) {
        if (argdown == null || argdown.isBlank()) {
            return ReadMap.refused("The Argdown is empty.");
        }
        if (argdown.length() > MAX_CHARS) {
            return ReadMap.refused("The Argdown has %,d characters; at most %,d can be imported.".formatted(argdown.length(), MAX_CHARS));
        }
        return ArgdownTree.read(argdown);
    }

    /**
     * Creates a map from Argdown, owned by the importer. Its quotes are found in the articles its front matter names;
     * {@code articleId} is the article when it names none. Throws {@link MapFileRejectedException} with every problem.
     */
    @Transactional
    public long importAsMap(String argdown, String fallbackTitle, @Nullable Long articleId) {
        ReadMap read = read(argdown);
        long mapId = importer.asNewMap(read, fallbackTitle, articleId);
        log.info("Imported Argdown of {} nodes as map {}", read.nodes().size(), mapId);
        return mapId;
    }

    /** Adds the Argdown's new nodes to a map the user may edit and updates the text of those it already has. */
    @Transactional
    public ImportedIntoMap importInto(long mapId, String argdown) {
        ImportedIntoMap done = into.bring(mapId, read(argdown));
        log.info("Argdown into map {}: {} added, {} updated", mapId, done.added(), done.updated());
        return done;
    }

}
