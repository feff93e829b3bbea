package org.warrant.maps;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("argument_map")
public record ArgumentMap(
        @Id Long id,
        String title,
        String description,
        String owner,
        boolean shared,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        @Version Integer version,
        @MappedCollection(idColumn = "map_id", keyColumn = "position") List<MapArticle> articles) {

    /** One of the articles a map draws on, in the order of the editor's tabs. */
    @Table("map_article")
    public record MapArticle(long articleId) {
    }

    public List<Long> articleIds() {
        return articles.stream().map(MapArticle::articleId).toList();
    }

    ArgumentMap withTitle(String newTitle, String newDescription, Instant now) {
        return new ArgumentMap(id, newTitle, newDescription, owner, shared, createdAt, now, deletedAt, version, articles);
    }

    ArgumentMap withDeletedAt(Instant when, Instant now) {
        return new ArgumentMap(id, title, description, owner, shared, createdAt, now, when, version, articles);
    }

    ArgumentMap withShared(boolean value, Instant now) {
        return new ArgumentMap(id, title, description, owner, value, createdAt, now, deletedAt, version, articles);
    }

    ArgumentMap touched(Instant now) {
        return new ArgumentMap(id, title, description, owner, shared, createdAt, now, deletedAt, version, articles);
    }
}
