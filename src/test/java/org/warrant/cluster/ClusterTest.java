package org.warrant.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.warrant.accounts.Role;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.sources.ArticleService;
import org.warrant.testing.SignedIn;

/** Two Warrant instances on one PostgreSQL database (decision 0019): what one commits, the other hears and serves. */
@Tag("postgresql")
class ClusterTest {

    private static final Instances instances = new Instances();
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static final BlockingQueue<Object> heardByB = new LinkedBlockingQueue<>();

    @BeforeAll
    static void startTwoInstances() {
        String db = Instances.newDatabase();
        a = instances.start(db);
        b = instances.start(db);
        b.addApplicationListener(event -> {
            if (event instanceof PayloadApplicationEvent<?> payload) {
                heardByB.add(payload.getPayload());
            }
        });
    }

    @AfterAll
    static void stop() {
        instances.close();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        heardByB.clear();
    }

    @Test
    void a_change_committed_on_one_instance_is_heard_and_served_by_the_other() throws InterruptedException {
        signIn(a, "student1");
        long article = a.getBean(ArticleService.class).list("").getFirst().id();
        long mapId = a.getBean(MapService.class).create("Heard across instances", "", List.of(article));
        signIn(b, "student1");
        assertThat(b.getBean(MapService.class).open(mapId).nodes()).isEmpty(); // B has it cached, empty
        signIn(a, "student1");

        a.getBean(MapEditService.class).add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "Neutrality cost Iran trust");

        assertThat(next(MapChangedElsewhere.class)).extracting(MapChangedElsewhere::mapId).isEqualTo(mapId);
        signIn(b, "student1");
        assertThat(b.getBean(MapService.class).open(mapId).nodes()).extracting(n -> n.text())
                .containsExactly("Neutrality cost Iran trust");
    }

    @Test
    void a_change_rolled_back_is_never_heard() throws InterruptedException {
        signIn(a, "student1");
        long article = a.getBean(ArticleService.class).list("").getFirst().id();
        long mapId = a.getBean(MapService.class).create("Refused edits", "", List.of(article));
        heardByB.clear();
        try {
            a.getBean(MapEditService.class).add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, " ");
        } catch (RuntimeException refused) { // a blank claim is refused inside the transaction
        }
        a.getBean(MapEditService.class).add(mapId, null, null, NodeKind.CLAIM, Stance.NONE, "The one that counts");
        MapChangedElsewhere first = next(MapChangedElsewhere.class);
        assertThat(first.mapId()).isEqualTo(mapId);
        assertThat(heardByB.poll(1, TimeUnit.SECONDS)).as("nothing more than the one committed change").isNull();
    }

    @Test
    void people_on_a_map_on_one_instance_are_seen_from_the_other_until_it_is_lost() throws InterruptedException {
        PresenceBoard boardA = a.getBean(PresenceBoard.class);
        PresenceBoard boardB = b.getBean(PresenceBoard.class);
        boardA.publish(4242, List.of(new PresenceBoard.Present("student2", "Nigar Aliyeva", 7L)));

        assertThat(next(PresenceChangedElsewhere.class).mapId()).isEqualTo(4242);
        assertThat(boardB.elsewhere(4242)).containsExactly(new PresenceBoard.Present("student2", "Nigar Aliyeva", 7L));
        assertThat(boardA.elsewhere(4242)).as("an instance's own people are not 'elsewhere'").isEmpty();

        // A stops refreshing its row (as when it is killed): B's next heartbeat takes it for lost.
        JdbcClient jdbc = b.getBean(JdbcClient.class);
        jdbc.sql("UPDATE cluster_instance SET seen_at = seen_at - INTERVAL '1 minute' WHERE id = ?")
                .param(a.getBean(Instance.class).id()).update();
        assertThat(boardB.elsewhere(4242)).isEmpty();
        b.getBean(PresenceBoard.class).heartbeat();
        assertThat(next(PresenceChangedElsewhere.class).mapId()).isEqualTo(4242);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM map_presence WHERE map_id = 4242").query(Integer.class).single()).isZero();

        a.getBean(PresenceBoard.class).heartbeat(); // A is back: its row again, and it writes its people anew
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cluster_instance WHERE id = ?").param(a.getBean(Instance.class).id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** Vaadin gives each application context its own security-context holder: the user is set in A's. */
    private static void signIn(ConfigurableApplicationContext instance, String username) {
        SecurityContextHolder.setContextHolderStrategy(instance.getBean(SecurityContextHolderStrategy.class));
        SignedIn.as(username, Role.STUDENT);
    }

    private static <T> T next(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Object heard = heardByB.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (type.isInstance(heard)) {
                return type.cast(heard);
            }
        }
        throw new AssertionError("B heard no " + type.getSimpleName() + " within 10 s");
    }

    @Test
    void two_instances_starting_at_once_on_an_empty_database_seed_it_once() throws Exception {
        String alone = Instances.newDatabase();
        String together = Instances.newDatabase();
        try (Instances more = new Instances()) {
            ConfigurableApplicationContext single = more.start(alone);
            CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> more.start(together));
            CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> more.start(together));
            ConfigurableApplicationContext one = first.get(3, TimeUnit.MINUTES);
            second.get(3, TimeUnit.MINUTES);
            for (String table : List.of("app_user", "article", "argument_map", "map_node", "seminar", "assignment", "submission")) {
                assertThat(count(one, table)).as(table).isEqualTo(count(single, table)).isPositive();
            }
        }
    }

    private static int count(ConfigurableApplicationContext context, String table) {
        return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }
}
