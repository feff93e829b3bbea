package org.warrant.maps;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("argument_map")
public record ArgumentMap(
        @Id @Nullable Long id,
        String title,
        @Nullable String description,
        String owner,
        boolean shared,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt,
        @Version @Nullable Integer version,
        @Nullable Long seminarId,
        @Nullable Long groupId,
        boolean published,
        boolean peerReview,
        boolean readOnly,
        @MappedCollection(idColumn = "map_id", keyColumn = "position") List<MapArticle> articles) {

    /** One of the articles a map draws on, in the order of the editor's tabs. */
    @Table("map_article")
    public record MapArticle(long articleId) {
    }

    /** A new map, in no seminar. */
    static ArgumentMap create(String title, String description, String owner, Instant now, List<MapArticle> articles) {
        return new ArgumentMap(null, title, description, owner, false, now, now, null, null, null, null, false, false, false, articles);
    }

    /** Work for a seminar: the student's own map, or its group's (groupId not null). */
    static ArgumentMap forSeminar(String title, String owner, long seminarId, Long groupId, Instant now, List<MapArticle> articles) {
        return new ArgumentMap(null, title, null, owner, false, now, now, null, null, seminarId, groupId, false, false, false, articles);
    }

    public List<Long> articleIds() {
        return articles.stream().map(MapArticle::articleId).toList();
    }

    ArgumentMap withTitle(String newTitle, String newDescription, Instant now) {
        return new ArgumentMap(id, newTitle, newDescription, owner, shared, createdAt, now, deletedAt, version, seminarId, groupId, published, peerReview, readOnly, articles);
    }

    ArgumentMap withDeletedAt(Instant when, Instant now) {
        return new ArgumentMap(id, title, description, owner, shared, createdAt, now, when, version, seminarId, groupId, published, peerReview, readOnly, articles);
    }

    ArgumentMap withShared(boolean value, Instant now) {
        return new ArgumentMap(id, title, description, owner, value, createdAt, now, deletedAt, version, seminarId, groupId, published, peerReview, readOnly, articles);
    }

    ArgumentMap withPublished(boolean value, Instant now) {
        return new ArgumentMap(id, title, description, owner, shared, createdAt, now, deletedAt, version, seminarId, groupId, value, peerReview, readOnly, articles);
    }

    ArgumentMap withPeerReview(boolean value, Instant now) {
        return new ArgumentMap(id, title, description, owner, shared, createdAt, now, deletedAt, version, seminarId, groupId, published, value, readOnly, articles);
    }

    /** Nobody edits it, its owner included: a map made from others (a consensus), which Duplicate copies to edit. */
    ArgumentMap asReadOnly(Instant now) {
        return new ArgumentMap(id, title, description, owner, shared, createdAt, now, deletedAt, version, seminarId, groupId, published, peerReview, true, articles);
    }

    ArgumentMap inSeminar(long seminar, Instant now) {
        return new ArgumentMap(id, title, description, owner, shared, createdAt, now, deletedAt, version, seminar, groupId, published, peerReview, readOnly, articles);
    }
}
