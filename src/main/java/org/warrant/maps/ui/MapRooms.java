package org.warrant.maps.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import jakarta.annotation.PreDestroy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.warrant.maps.MapChanged;

/**
 * The editors open on each map, across all sessions. When a change to a map commits, every other editor of
 * it is told (through {@link UI#access}, so push delivers it); each also learns who else is on the map and
 * which node they are editing. Changes are handed out on a thread of their own, so the editor that made the
 * change gets its answer without waiting for the others; bursts collapse into one refresh per editor.
 */
@Component
class MapRooms {

    /** Someone on a map: the node they are editing, or null. */
    record Presence(String username, String name, Long editing) {
    }

    /** One open editor. */
    static final class Seat {
        final long mapId;
        final UI ui;
        final String username;
        final String name;
        final Runnable onChange;
        final Consumer<List<Presence>> onPresence;
        final AtomicBoolean changePending = new AtomicBoolean();
        final Authentication user = SecurityContextHolder.getContext().getAuthentication(); // taken in the editor's own request
        volatile Long editing;

        Seat(long mapId, UI ui, String username, String name, Runnable onChange, Consumer<List<Presence>> onPresence) {
            this.mapId = mapId;
            this.ui = ui;
            this.username = username;
            this.name = name;
            this.onChange = onChange;
            this.onPresence = onPresence;
        }
    }

    private final Map<Long, Set<Seat>> rooms = new ConcurrentHashMap<>();
    private final ExecutorService dispatch = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("map-rooms").daemon().factory());

    Seat join(long mapId, UI ui, String username, String name, Runnable onChange, Consumer<List<Presence>> onPresence) {
        Seat seat = new Seat(mapId, ui, username, name, onChange, onPresence);
        rooms.computeIfAbsent(mapId, id -> ConcurrentHashMap.newKeySet()).add(seat);
        announce(mapId);
        return seat;
    }

    void leave(Seat seat) {
        rooms.computeIfPresent(seat.mapId, (id, seats) -> {
            seats.remove(seat);
            return seats.isEmpty() ? null : seats;
        });
        announce(seat.mapId);
    }

    void editing(Seat seat, Long nodeId) {
        seat.editing = nodeId;
        announce(seat.mapId);
    }

    int seats(long mapId) {
        return rooms.getOrDefault(mapId, Set.of()).size();
    }

    @TransactionalEventListener
    void changed(MapChanged change) {
        UI origin = UI.getCurrent(); // the editor that made the change shows it already
        dispatch.execute(() -> {
            for (Seat seat : rooms.getOrDefault(change.mapId(), Set.of())) {
                if (seat.ui != origin && seat.changePending.compareAndSet(false, true)) {
                    deliver(seat, () -> {
                        seat.changePending.set(false);
                        seat.onChange.run();
                    });
                }
            }
        });
    }

    private void announce(long mapId) {
        List<Presence> present = rooms.getOrDefault(mapId, Set.of()).stream()
                .map(s -> new Presence(s.username, s.name, s.editing)).distinct()
                .sorted(java.util.Comparator.comparing(Presence::name)).toList();
        dispatch.execute(() -> rooms.getOrDefault(mapId, Set.of()).forEach(seat -> deliver(seat, () -> seat.onPresence.accept(present))));
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
    void awaitDispatched() throws InterruptedException, java.util.concurrent.ExecutionException {
        dispatch.submit(() -> { }).get();
    }

    @PreDestroy
    void stop() {
        dispatch.shutdownNow();
    }
}
