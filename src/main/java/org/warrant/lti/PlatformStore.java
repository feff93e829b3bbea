package org.warrant.lti;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.warrant.shared.SqlTime;

/** Registered platforms and their deployments. */
@Component
class PlatformStore {

    private static final String SELECT = "SELECT id, name, issuer, client_id, auth_login_url, token_url, jwks_url FROM lti_platform";

    private final JdbcClient jdbc;

    PlatformStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Platform> all() {
        return jdbc.sql(SELECT + " ORDER BY name, id").query((rs, n) -> platform(rs)).list().stream().map(this::withDeployments).toList();
    }

    Optional<Platform> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((rs, n) -> platform(rs)).optional().map(this::withDeployments);
    }

    /** Platforms with this issuer: usually one, several when an LMS registered Warrant more than once. */
    List<Platform> byIssuer(String issuer) {
        return jdbc.sql(SELECT + " WHERE issuer = ?").param(issuer).query((rs, n) -> platform(rs)).list().stream().map(this::withDeployments).toList();
    }

    long insert(PlatformDraft d, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO lti_platform (name, issuer, client_id, auth_login_url, token_url, jwks_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(d.name(), d.issuer(), d.clientId(), d.authLoginUrl(), d.tokenUrl(), d.jwksUrl(), SqlTime.of(at)).update(key, "id");
        long id = key.getKey().longValue();
        deployments(id, d.deployments());
        return id;
    }

    void update(long id, PlatformDraft d) {
        jdbc.sql("UPDATE lti_platform SET name = ?, issuer = ?, client_id = ?, auth_login_url = ?, token_url = ?, jwks_url = ? WHERE id = ?")
                .params(d.name(), d.issuer(), d.clientId(), d.authLoginUrl(), d.tokenUrl(), d.jwksUrl(), id).update();
        jdbc.sql("DELETE FROM lti_deployment WHERE platform_id = ?").param(id).update();
        deployments(id, d.deployments());
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM lti_platform WHERE id = ?").param(id).update();
    }

    private void deployments(long platformId, List<String> ids) {
        ids.forEach(d -> jdbc.sql("INSERT INTO lti_deployment (platform_id, deployment_id) VALUES (?, ?)").params(platformId, d).update());
    }

    private Platform withDeployments(Platform p) {
        List<String> ids = jdbc.sql("SELECT deployment_id FROM lti_deployment WHERE platform_id = ? ORDER BY deployment_id").param(p.id())
                .query(String.class).list();
        return new Platform(p.id(), p.name(), p.issuer(), p.clientId(), p.authLoginUrl(), p.tokenUrl(), p.jwksUrl(), ids);
    }

    private static Platform platform(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Platform(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), List.of());
    }
}
