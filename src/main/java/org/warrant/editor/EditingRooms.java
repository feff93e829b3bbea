package org.warrant.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.warrant.cluster.ClusterReconnected;
import org.warrant.cluster.MapChangedElsewhere;
import org.warrant.cluster.PresenceBoard;
import org.warrant.cluster.PresenceChangedElsewhere;
import org.warrant.maps.MapChangedEvent;
import org.warrant.maps.MapService;
import org.warrant.maps.MapUpdate;
import org.warrant.maps.OpenedMap;

/**
 * The editors open on each map, across all sessions (decision 0012). When a change to a map commits, the
 * map's new state is read once ({@link MapService#broadcast}) and handed to every other editor of it through
 * {@link UI#access}, so push delivers it; each gets it only if its user may still read the map. Editors also
 * learn who else is on the map and which node they are editing. Changes go out on a thread of their own, so
 * the editor that made one is not kept waiting; a large room is served by two threads, one for each core.
 * Changes committed and people present on other instances sharing the database come through the cluster
 * (decision 0019) and reach the editors here the same way.
 */
@Component
public class EditingRooms {

    /** Someone on a map: the node they are editing, or null. */
    public record Presence(String username, String name, Long editing) {
    }

    /** What an open editor is told. */
    public interface Listener {
        /** The map's new state, or empty when the map is gone or closed to this user. */
        void changed(Optional<OpenedMap> content);

        void commentsChanged();
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EditingRooms.class);
    static final int SPLIT_FROM = 16; // editors in a room from which the second thread helps

    /** One open editor. */
    public static final class Seat {
        final long mapId;
        final UI ui;
        final String username;
        final String name;
        final Listener listener;
        final java.util.function.Consumer<List<Presence>> onPresence;
        final Authentication user = SecurityContextHolder.getContext().getAuthentication(); // taken in the editor's own request
        final AtomicBoolean changePending = new AtomicBoolean();
        final AtomicReference<Optional<OpenedMap>> latest = new AtomicReference<>();
        final AtomicBoolean presencePending = new AtomicBoolean();
        final AtomicReference<List<Presence>> latestPresence = new AtomicReference<>(List.of());
        volatile Long editing;

        Seat(long mapId, UI ui, String username, String name, Listener listener, java.util.function.Consumer<List<Presence>> onPresence) {
            this.mapId = mapId;
            this.onPresence = onPresence;
            this.ui = ui;
            this.username = username;
            this.name = name;
            this.listener = listener;
        }
    }

    private final Map<Long, Set<Seat>> rooms = new ConcurrentHashMap<>();
    private final ExecutorService dispatch = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("map-rooms").daemon().factory());
    private final ExecutorService helper = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("map-rooms-2").daemon().factory());
    private final MapService maps;
    private final PresenceBoard board;
    private final LiveEditingMetrics metrics;

    EditingRooms(MapService maps, PresenceBoard board, LiveEditingMetrics metrics) {
        this.maps = maps;
        this.board = board;
        this.metrics = metrics;
        metrics.countEditors(() -> rooms.values().stream().mapToInt(Set::size).sum());
    }

    public Seat join(long mapId, UI ui, String username, String name, Listener listener, java.util.function.Consumer<List<Presence>> onPresence) {
        Seat seat = new Seat(mapId, ui, username, name, listener, onPresence);
        rooms.computeIfAbsent(mapId, id -> ConcurrentHashMap.newKeySet()).add(seat);
        announce(mapId);
        return seat;
    }

    public void leave(Seat seat) {
        rooms.computeIfPresent(seat.mapId, (id, seats) -> {
            seats.remove(seat);
            return seats.isEmpty() ? null : seats;
        });
        announce(seat.mapId);
    }

    public void editing(Seat seat, Long nodeId) {
        seat.editing = nodeId;
        announce(seat.mapId);
    }

    public int seats(long mapId) {
        return rooms.getOrDefault(mapId, Set.of()).size();
    }

    @TransactionalEventListener
    void changed(MapChangedEvent change) {
        metrics.edited();
        // the editor that made the change shows it already
        refresh(change.mapId(), change.comments(), UI.getCurrent(), System.currentTimeMillis());
    }

    @EventListener
    void changedElsewhere(MapChangedElsewhere change) {
        refresh(change.mapId(), change.comments(), null, change.committedAtMillis());
    }

    /** Notices from other instances may have been lost: every open map is read again, with who is on it. */
    @EventListener
    void reconnected(ClusterReconnected event) {
        for (Long mapId : rooms.keySet()) {
            refresh(mapId, false, null, System.currentTimeMillis());
            refresh(mapId, true, null, System.currentTimeMillis());
            announce(mapId);
        }
    }

    @EventListener
    void presenceElsewhere(PresenceChangedElsewhere change) {
        if (rooms.containsKey(change.mapId())) {
            dispatch(() -> deliverPresence(change.mapId(), localPresence(change.mapId())));
        }
    }

    private void refresh(long mapId, boolean comments, @Nullable UI origin, long committedAtMillis) {
        dispatch(() -> {
            List<Seat> others = rooms.getOrDefault(mapId, Set.of()).stream().filter(s -> s.ui != origin).toList();
            if (others.isEmpty()) {
                return;
            }
            if (comments) {
                others.forEach(seat -> deliver(seat, seat.listener::commentsChanged));
                return;
            }
            Optional<MapUpdate> now;
            try {
                now = maps.broadcast(mapId);
            } catch (RuntimeException e) { // the editors keep what they show; their next own action reloads the map
                log.warn("Could not read map {} to show its change to {} other editors", mapId, others.size(), e);
                return;
            }
            inTwo(others, seat -> {
                seat.latest.set(now.flatMap(b -> b.contentFor(seat.username)));
                if (seat.changePending.compareAndSet(false, true)) { // a burst of changes: one refresh, with the latest
                    deliver(seat, () -> {
                        seat.changePending.set(false);
                        seat.listener.changed(seat.latest.get());
                    });
                }
            });
            metrics.updateDelay(System.currentTimeMillis() - committedAtMillis); // every editor has its update queued
        });
    }

    /** Runs {@code each} for every seat, the second half on the helper thread when the room is large. */
    private void inTwo(List<Seat> seats, java.util.function.Consumer<Seat> each) {
        if (seats.size() < SPLIT_FROM) {
            seats.forEach(each);
            return;
        }
        int half = seats.size() / 2;
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> seats.subList(half, seats.size()).forEach(each), helper);
        seats.subList(0, half).forEach(each);
        second.join();
    }

    /** Who is on the map here changed: the other instances are told, and everyone here shown. */
    private void announce(long mapId) {
        List<Presence> here = localPresence(mapId);
        dispatch(() -> {
            try {
                board.publish(mapId, here.stream().map(p -> new PresenceBoard.Present(p.username(), p.name(), p.editing())).toList());
            } catch (RuntimeException e) { // the editors here are still told; the others catch up at the next change
                log.warn("Could not tell the other instances who is on map {}", mapId, e);
            }
            deliverPresence(mapId, here);
        });
    }

    private List<Presence> localPresence(long mapId) {
        return rooms.getOrDefault(mapId, Set.of()).stream().map(s -> new Presence(s.username, s.name, s.editing)).distinct().toList();
    }

    /** On the dispatch thread: everyone on the map, here and elsewhere, to each editor here but its own user. */
    private void deliverPresence(long mapId, List<Presence> here) {
        List<Presence> present = new ArrayList<>(here);
        try {
            board.elsewhere(mapId).forEach(p -> present.add(new Presence(p.username(), p.name(), p.editing())));
        } catch (RuntimeException e) {
            log.warn("Could not read who is on map {} on other instances", mapId, e);
        }
        present.sort(Comparator.comparing(Presence::name));
        List<Presence> everyone = present.stream().distinct().toList();
        rooms.getOrDefault(mapId, Set.of()).forEach(seat -> {
            List<Presence> others = everyone.stream().filter(p -> !p.username().equals(seat.username)).toList();
            if (others.equals(seat.latestPresence.getAndSet(others))) {
                return; // nothing new for this editor (its own user's other windows are not shown)
            }
            if (seat.presencePending.compareAndSet(false, true)) { // many arriving at once: one update, with the latest
                deliver(seat, () -> {
                    seat.presencePending.set(false);
                    seat.onPresence.accept(seat.latestPresence.get());
                });
            }
        });
    }

    /** Hands work to the dispatch thread; while the server stops (editors closing one by one) there is no one left to tell. */
    private void dispatch(Runnable work) {
        try {
            dispatch.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            log.debug("Not dispatched: the server is stopping");
        }
    }

    /** Runs the command in the editor's UI, as the editor's user: the services check who asks. */
    private void deliver(Seat seat, Runnable command) {
        try {
            seat.ui.access(() -> {
                SecurityContext before = SecurityContextHolder.getContext();
                SecurityContext asEditor = SecurityContextHolder.createEmptyContext();
                asEditor.setAuthentication(seat.user);
                SecurityContextHolder.setContext(asEditor);
                try {
                    command.run();
                } finally {
                    SecurityContextHolder.setContext(before);
                }
            });
        } catch (UIDetachedException gone) { // closed without a detach reaching us (a dropped connection)
            leave(seat);
        }
    }

    /** Returns once every change and presence heard so far has been handed to the editors (for tests and benchmarks). */
    public void awaitDispatched() throws InterruptedException, ExecutionException {
        dispatch.submit(() -> { }).get();
    }

    @PreDestroy
    void stop() {
        dispatch.shutdownNow();
        helper.shutdownNow();
    }
}
