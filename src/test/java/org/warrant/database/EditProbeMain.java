package org.warrant.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.WarrantApplication;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.MapSummary;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.ArticleService;

/**
 * Warrant in a child JVM with three students editing their own maps at once through the edit service, driven
 * by {@link KillNineEditingTest}: {@code edit} starts them, and each prints {@code ACK nodeId version} once the
 * service has returned (the moment an editor shows the edit as saved); {@code dump} prints every node of their
 * maps as {@code NODE id version}, then {@code DUMPED}.
 */
public final class EditProbeMain {

    static final List<String> USERS = List.of("student1", "student2", "student3");
    static final String TITLE = "Durability probe";

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(WarrantApplication.class, args);
        MapService maps = app.getBean(MapService.class);
        MapEditService edits = app.getBean(MapEditService.class);
        signIn(USERS.getFirst());
        long article = app.getBean(ArticleService.class).list("").getFirst().id();
        List<Long> mapIds = new ArrayList<>();
        for (String user : USERS) {
            signIn(user);
            mapIds.add(maps.readableMaps().stream().filter(m -> m.title().equals(TITLE) && m.owner().equals(user))
                    .map(MapSummary::id).findFirst().orElseGet(() -> maps.create(TITLE, null, List.of(article))));
        }
        System.out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            switch (line) {
                case "edit" -> {
                    for (int u = 0; u < USERS.size(); u++) {
                        String user = USERS.get(u);
                        long mapId = mapIds.get(u);
                        Thread.ofPlatform().daemon().start(() -> edit(user, mapId, edits));
                    }
                }
                case "dump" -> {
                    JdbcClient jdbc = app.getBean(JdbcClient.class);
                    for (long mapId : mapIds) {
                        jdbc.sql("SELECT id, text FROM map_node WHERE map_id = ?").param(mapId).query((rs, n) -> {
                            System.out.println("NODE " + rs.getLong(1) + " " + versionOf(rs.getString(2)));
                            return null;
                        }).list();
                    }
                    System.out.println("DUMPED");
                }
                case "exit" -> {
                    app.close();
                    return;
                }
                default -> System.out.println("UNKNOWN " + line);
            }
        }
    }

    /** Adds a claim, then rewords it twice, over and over: each reworded text names its version. */
    private static void edit(String user, long mapId, MapEditService edits) {
        signIn(user);
        for (int round = 0; ; round++) {
            MapNode node = edits.add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, text(user, round, 0));
            System.out.println("ACK " + node.id() + " 0");
            for (int v = 1; v <= 2; v++) {
                node = edits.editText(node.id(), node.version(), text(user, round, v));
                System.out.println("ACK " + node.id() + " " + v);
            }
        }
    }

    private static String text(String user, int round, int version) {
        return user + " claim " + round + " version " + version;
    }

    static int versionOf(String text) {
        return Integer.parseInt(text.substring(text.lastIndexOf(' ') + 1));
    }

    private static void signIn(String user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_STUDENT"))));
    }
}
