package org.warrant.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.warrant.accounts.Role;
import org.warrant.maps.MapService;
import org.warrant.security.CurrentUser;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo maps (seed-data/maps/*.json, format in seed-data/README.md) in demo mode: owned by the demo
 * instructor, shared with every user. Each map is built through the map services, in one transaction, so a
 * quote that no longer matches its article stops that map whole instead of leaving half of it. A map whose
 * title its owner already has is skipped, so restarts add nothing twice.
 */
@Component
@Profile("demo")
@Order(30) // after the demo accounts and the seed articles
public class DemoMaps implements ApplicationRunner {

    static final String LOCATION = "classpath*:seed-data/maps/*.json";
    private static final Logger log = LoggerFactory.getLogger(DemoMaps.class);

    record DemoMap(String title, String description, String owner, Map<String, String> articles, List<DemoNode> nodes) {
    }

    record DemoNode(String kind, String text, String group, Boolean undercut, List<Cite> cite, List<DemoNode> children) {
        boolean undercuts() {
            return Boolean.TRUE.equals(undercut);
        }

        List<Cite> citations() {
            return cite == null ? List.of() : cite;
        }

        List<DemoNode> replies() {
            return children == null ? List.of() : children;
        }
    }

    record Cite(String in, String quote) {
    }

    private final MapService maps;
    private final DemoMapBuilder builder;
    private final ArticleService articles;
    private final TransactionTemplate transaction;

    DemoMaps(MapService maps, DemoMapBuilder builder, ArticleService articles, TransactionTemplate transaction) {
        this.maps = maps;
        this.builder = builder;
        this.articles = articles;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        JsonMapper json = JsonMapper.builder().build();
        int added = 0;
        for (Resource file : files) {
            DemoMap demo = json.readValue(file.getContentAsString(StandardCharsets.UTF_8), DemoMap.class);
            if (load(demo, file.getFilename())) {
                added++;
            }
        }
        log.info("Demo maps: {} found, {} loaded", files.length, added);
    }

    /** Loads one map as its owner; returns false when the owner has it already. */
    boolean load(DemoMap demo, String fileName) {
        return CurrentUser.runAs(demo.owner(), Role.INSTRUCTOR, () -> {
            if (maps.readableMaps().stream().anyMatch(m -> m.owner().equals(demo.owner()) && m.title().equals(demo.title()))) {
                return false;
            }
            Map<String, Long> articleIds = articleIds(demo, fileName);
            transaction.executeWithoutResult(status -> {
                long mapId = maps.create(demo.title(), demo.description(), new ArrayList<>(articleIds.values()));
                builder.build(mapId, demo.nodes(), articleIds);
                maps.share(mapId, true);
            });
            return true;
        });
    }

    /**
     * Fills an empty map of the current user's (a demo student's assignment work) with the nodes of a file in the
     * demo map format; its title and owner, if given, are not used. Runs in the caller's transaction.
     */
    public void fill(long mapId, Resource file) throws IOException {
        DemoMap demo = JsonMapper.builder().build().readValue(file.getContentAsString(StandardCharsets.UTF_8), DemoMap.class);
        builder.build(mapId, demo.nodes(), articleIds(demo, file.getFilename()));
    }

    private Map<String, Long> articleIds(DemoMap demo, String fileName) {
        List<ArticleSummary> library = articles.list(null);
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        demo.articles().forEach((key, title) -> ids.put(key, library.stream().filter(a -> a.title().equals(title))
                .findFirst().orElseThrow(() -> new IllegalStateException(fileName + ": no article titled “" + title + "” in the library"))
                .id()));
        return ids;
    }
}
