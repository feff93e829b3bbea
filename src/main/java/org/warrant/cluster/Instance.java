package org.warrant.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.warrant.shared.RandomCodes;

/**
 * This running Warrant among those sharing the database: its id (host, port and a random part, new at every
 * start) names its notifications and its people on the maps, and whether it shares a database server at all.
 */
@Component
public class Instance {

    private final String id;
    private final boolean shared;

    Instance(@Value("${spring.datasource.url:}") String databaseUrl, @Value("${server.port:8080}") String port) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        String name = host + ":" + port + ":" + RandomCodes.unique(6, RandomCodes.READABLE);
        this.id = name.length() > 40 ? name.substring(name.length() - 40) : name;
        this.shared = databaseUrl.startsWith("jdbc:postgresql:");
    }

    public String id() {
        return id;
    }

    /** True on PostgreSQL, where other instances may share the database; false on the embedded H2 file. */
    public boolean shared() {
        return shared;
    }
}
